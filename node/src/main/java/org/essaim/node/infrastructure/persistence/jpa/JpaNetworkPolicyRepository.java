// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.essaim.node.domain.model.peer.AllowEntry;
import org.essaim.node.domain.model.peer.NetworkPolicy;
import org.essaim.node.domain.model.peer.NetworkPolicyRepository;
import org.essaim.node.domain.model.peer.PeerBlock;
import org.essaim.node.domain.model.peer.PeerMatch;

/** The federation policy, blocks and allow-list in PostgreSQL (V107). */
@ApplicationScoped
public class JpaNetworkPolicyRepository implements NetworkPolicyRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public NetworkPolicy policy() {
    NetworkPolicy policy = entityManager.find(NetworkPolicy.class, NetworkPolicy.SINGLETON);
    if (policy == null) {
      throw new IllegalStateException("federation_policy has no row (migration V107)");
    }
    return policy;
  }

  @Override
  public List<PeerBlock> blocks() {
    return entityManager
        .createQuery("SELECT b FROM PeerBlock b ORDER BY b.createdAt, b.id", PeerBlock.class)
        .getResultList();
  }

  @Override
  public Optional<PeerBlock> findBlock(UUID id) {
    return Optional.ofNullable(entityManager.find(PeerBlock.class, id));
  }

  @Override
  public Optional<PeerBlock> findBlock(PeerMatch target) {
    return entityManager
        .createQuery(
            "SELECT b FROM PeerBlock b WHERE b.kind = :kind AND b.value = :value", PeerBlock.class)
        .setParameter("kind", target.kind())
        .setParameter("value", target.value())
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void addBlock(PeerBlock block) {
    entityManager.persist(block);
    UniqueViolations.flush(entityManager::flush, "this actor or host is already blocked");
  }

  @Override
  public void removeBlock(PeerBlock block) {
    entityManager.remove(block);
  }

  @Override
  public List<AllowEntry> allowList() {
    return entityManager
        .createQuery("SELECT a FROM AllowEntry a ORDER BY a.kind, a.value", AllowEntry.class)
        .getResultList();
  }

  @Override
  public void replaceAllowList(List<AllowEntry> entries) {
    entityManager.createQuery("DELETE FROM AllowEntry a").executeUpdate();
    entries.forEach(entityManager::persist);
    UniqueViolations.flush(entityManager::flush, "an allow-list entry is given twice");
  }
}
