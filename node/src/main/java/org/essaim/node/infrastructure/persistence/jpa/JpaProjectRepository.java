// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.project.Project;
import org.essaim.node.domain.model.project.ProjectRepository;
import org.essaim.node.domain.model.project.ProjectSearch;

/** Projects in PostgreSQL; the text search uses the French GIN index of V20. */
@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

  private static final String TEXT =
      "to_tsvector('french', essaim_unaccent(p.title || ' ' || coalesce(p.summary, '') || ' '"
          + " || coalesce(p.description, ''))) @@ plainto_tsquery('french', essaim_unaccent(?))";

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<Project> find(long id) {
    return Optional.ofNullable(entityManager.find(Project.class, id));
  }

  @Override
  public List<Project> search(ProjectSearch search, int offset, int limit) {
    NativeWhere where = where(search);
    String order = search.byTitle() ? "lower(p.title), p.id" : "p.created_at DESC, p.id DESC";
    return where.load(
        entityManager,
        "SELECT p.id FROM project p"
            + where.sql()
            + " ORDER BY "
            + order
            + " LIMIT "
            + limit
            + " OFFSET "
            + offset,
        Project.class,
        "Project",
        Project::id);
  }

  @Override
  public long count(ProjectSearch search) {
    return where(search).count(entityManager, "project p");
  }

  @Override
  public void add(Project project) {
    entityManager.persist(project);
  }

  @Override
  public void remove(Project project) {
    entityManager.remove(project);
  }

  @Override
  public void flush() {
    entityManager.flush();
  }

  private static NativeWhere where(ProjectSearch search) {
    NativeWhere where = new NativeWhere().in("p.visibility", search.visibilities());
    search
        .theme()
        .ifPresent(
            theme ->
                where.and(
                    "EXISTS (SELECT 1 FROM project_theme t WHERE t.project_id = p.id"
                        + " AND (t.theme_key = ? OR t.theme_key LIKE ?))",
                    theme,
                    theme + ".%"));
    search.stage().ifPresent(stage -> where.and("p.stage = ?", stage.name()));
    search.status().ifPresent(status -> where.and("p.status = ?", status.name()));
    search.text().ifPresent(text -> where.and(TEXT, text));
    return where;
  }
}
