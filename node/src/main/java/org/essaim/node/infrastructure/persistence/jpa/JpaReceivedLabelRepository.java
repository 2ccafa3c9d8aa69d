// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.essaim.node.domain.model.peer.ReceivedLabel;
import org.essaim.node.domain.model.peer.ReceivedLabelRepository;

@ApplicationScoped
public class JpaReceivedLabelRepository implements ReceivedLabelRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<ReceivedLabel> findByAttestation(URI attestation) {
    return entityManager
        .createQuery(
            "SELECT l FROM ReceivedLabel l WHERE l.attestationUri = :a", ReceivedLabel.class)
        .setParameter("a", attestation.toString())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ReceivedLabel label) {
    entityManager.persist(label);
  }

  @Override
  public void remove(ReceivedLabel label) {
    entityManager.remove(label);
  }

  @Override
  public List<ReceivedLabel> all() {
    return entityManager
        .createQuery(
            "SELECT l FROM ReceivedLabel l ORDER BY l.territoryUri, l.id", ReceivedLabel.class)
        .getResultList();
  }

  @Override
  public Set<URI> labelledBy(URI issuer) {
    Set<URI> territories = new LinkedHashSet<>();
    entityManager
        .createQuery(
            "SELECT l.territoryUri FROM ReceivedLabel l WHERE l.issuerUri = :i AND l.valid = TRUE"
                + " AND l.labelStatus = 'LABELLED'",
            String.class)
        .setParameter("i", issuer.toString())
        .getResultStream()
        .forEach(t -> territories.add(URI.create(t)));
    return territories;
  }
}
