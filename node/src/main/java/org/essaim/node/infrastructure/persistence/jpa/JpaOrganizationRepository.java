// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.organization.Organization;
import org.essaim.node.domain.model.organization.OrganizationRepository;
import org.essaim.node.domain.model.organization.OrganizationSearch;

/** Organisations in PostgreSQL; the text search uses the French GIN index of V20. */
@ApplicationScoped
public class JpaOrganizationRepository implements OrganizationRepository {

  private static final String TEXT =
      "to_tsvector('french', essaim_unaccent(o.name || ' ' || coalesce(o.acronym, '') || ' '"
          + " || coalesce(o.presentation, ''))) @@ plainto_tsquery('french', essaim_unaccent(?))";

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<Organization> find(long id) {
    return Optional.ofNullable(entityManager.find(Organization.class, id));
  }

  @Override
  public Optional<Organization> findBySiren(String siren) {
    return entityManager
        .createQuery("SELECT o FROM Organization o WHERE o.siren = :siren", Organization.class)
        .setParameter("siren", siren)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Organization> search(OrganizationSearch search, int offset, int limit) {
    NativeWhere where = where(search);
    return where.load(
        entityManager,
        "SELECT o.id FROM organization o"
            + where.sql()
            + " ORDER BY lower(o.name), o.id LIMIT "
            + limit
            + " OFFSET "
            + offset,
        Organization.class,
        "Organization",
        Organization::id);
  }

  @Override
  public long count(OrganizationSearch search) {
    return where(search).count(entityManager, "organization o");
  }

  @Override
  public boolean isReferenced(long id) {
    Object found =
        entityManager
            .createNativeQuery(
                "SELECT EXISTS (SELECT 1 FROM partner WHERE organization_id = ?1)"
                    + " OR EXISTS (SELECT 1 FROM project WHERE carrier_organization_id = ?1)"
                    + " OR EXISTS (SELECT 1 FROM project_partner WHERE organization_id = ?1)"
                    + " OR EXISTS (SELECT 1 FROM transferable_solution"
                    + " WHERE contact_organization_id = ?1)"
                    + " OR EXISTS (SELECT 1 FROM collective_member WHERE organization_id = ?1)"
                    + " OR EXISTS (SELECT 1 FROM accompaniment WHERE provider_organization_id = ?1)")
            .setParameter(1, id)
            .getSingleResult();
    return Boolean.TRUE.equals(found);
  }

  @Override
  public void add(Organization organization) {
    entityManager.persist(organization);
  }

  @Override
  public void remove(Organization organization) {
    entityManager.remove(organization);
  }

  @Override
  public void flush() {
    UniqueViolations.flush(entityManager::flush, "another organisation has this SIREN");
  }

  private static NativeWhere where(OrganizationSearch search) {
    NativeWhere where = new NativeWhere().in("o.visibility", search.visibilities());
    search.text().ifPresent(text -> where.and(TEXT, text));
    search.legalForm().ifPresent(form -> where.and("o.legal_form = ?", form));
    search
        .role()
        .ifPresent(
            role ->
                where.and(
                    "EXISTS (SELECT 1 FROM organization_role r"
                        + " WHERE r.organization_id = o.id AND r.role_key = ?)",
                    role));
    return where;
  }
}
