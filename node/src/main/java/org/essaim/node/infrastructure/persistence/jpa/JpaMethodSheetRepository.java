// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.methodsheet.MethodSheet;
import org.essaim.node.domain.model.methodsheet.MethodSheetRepository;
import org.essaim.node.domain.model.methodsheet.MethodSheetSearch;
import org.essaim.node.domain.model.methodsheet.MethodSheetVersion;

/** Method sheets in PostgreSQL; the text search uses the French GIN index of V40. */
@ApplicationScoped
public class JpaMethodSheetRepository implements MethodSheetRepository {

  private static final String TEXT =
      "to_tsvector('french', essaim_unaccent(s.title || ' ' || coalesce(s.summary, '') || ' '"
          + " || s.body_markdown)) @@ plainto_tsquery('french', essaim_unaccent(?))";

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<MethodSheet> find(long id) {
    return Optional.ofNullable(entityManager.find(MethodSheet.class, id));
  }

  @Override
  public List<MethodSheet> search(MethodSheetSearch search, int offset, int limit) {
    NativeWhere where = where(search);
    String order =
        switch (search.order()) {
          case TITLE -> "lower(s.title), s.id";
          case CREATED_DESC -> "s.created_at DESC, s.id DESC";
          case UPDATED_DESC -> "s.updated_at DESC, s.id DESC";
        };
    return where.load(
        entityManager,
        "SELECT s.id FROM method_sheet s"
            + where.sql()
            + " ORDER BY "
            + order
            + " LIMIT "
            + limit
            + " OFFSET "
            + offset,
        MethodSheet.class,
        "MethodSheet",
        MethodSheet::id);
  }

  @Override
  public long count(MethodSheetSearch search) {
    return where(search).count(entityManager, "method_sheet s");
  }

  @Override
  public void add(MethodSheet sheet) {
    entityManager.persist(sheet);
  }

  @Override
  public void remove(MethodSheet sheet) {
    // The versions go with the sheet (ON DELETE CASCADE); none is managed here after this.
    entityManager.remove(sheet);
  }

  @Override
  public void addVersion(MethodSheetVersion version) {
    entityManager.persist(version);
  }

  @Override
  public List<MethodSheetVersion> versions(long sheetId, int upTo, int offset, int limit) {
    return entityManager
        .createQuery(
            "SELECT v FROM MethodSheetVersion v WHERE v.sheetId = :sheet AND v.number <= :upTo"
                + " ORDER BY v.number DESC",
            MethodSheetVersion.class)
        .setParameter("sheet", sheetId)
        .setParameter("upTo", upTo)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<MethodSheetVersion> version(long sheetId, int number) {
    return entityManager
        .createQuery(
            "SELECT v FROM MethodSheetVersion v WHERE v.sheetId = :sheet AND v.number = :number",
            MethodSheetVersion.class)
        .setParameter("sheet", sheetId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void flush() {
    entityManager.flush();
  }

  private static NativeWhere where(MethodSheetSearch search) {
    NativeWhere where =
        new NativeWhere().in("s.visibility", search.visibilities()).in("s.state", search.states());
    search
        .step()
        .ifPresent(
            step ->
                where.and(
                    "EXISTS (SELECT 1 FROM method_sheet_step st WHERE st.sheet_id = s.id"
                        + " AND st.step = ?)",
                    step.name()));
    search
        .theme()
        .ifPresent(
            theme ->
                where.and(
                    "EXISTS (SELECT 1 FROM method_sheet_theme t WHERE t.sheet_id = s.id"
                        + " AND (t.theme_key = ? OR t.theme_key LIKE ?))",
                    theme,
                    theme + ".%"));
    search.text().ifPresent(text -> where.and(TEXT, text));
    return where;
  }
}
