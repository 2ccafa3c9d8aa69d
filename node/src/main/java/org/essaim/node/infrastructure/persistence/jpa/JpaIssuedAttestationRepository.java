// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.registry.IssuedAttestation;
import org.essaim.node.domain.model.registry.IssuedAttestationRepository;

@ApplicationScoped
public class JpaIssuedAttestationRepository implements IssuedAttestationRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<IssuedAttestation> find(long id) {
    return Optional.ofNullable(entityManager.find(IssuedAttestation.class, id));
  }

  @Override
  public Optional<IssuedAttestation> findByTerritory(long territoryId) {
    return entityManager
        .createQuery(
            "SELECT a FROM IssuedAttestation a WHERE a.territoryId = :t", IssuedAttestation.class)
        .setParameter("t", territoryId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<IssuedAttestation> all() {
    return entityManager
        .createQuery("SELECT a FROM IssuedAttestation a ORDER BY a.id", IssuedAttestation.class)
        .getResultList();
  }

  @Override
  public void add(IssuedAttestation attestation) {
    entityManager.persist(attestation);
    entityManager.flush();
  }

  @Override
  public void remove(IssuedAttestation attestation) {
    entityManager.remove(attestation);
  }
}
