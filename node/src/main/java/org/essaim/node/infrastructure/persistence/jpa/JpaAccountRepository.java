// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.account.Account;
import org.essaim.node.domain.model.account.AccountRepository;
import org.essaim.node.domain.model.account.Role;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<Account> findByUsername(String username) {
    return entityManager
        .createQuery("SELECT a FROM Account a WHERE a.username = :username", Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Account> findByUsernameLocked(String username) {
    return entityManager
        .createQuery("SELECT a FROM Account a WHERE a.username = :username", Account.class)
        .setParameter("username", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Account> all() {
    return entityManager
        .createQuery("SELECT a FROM Account a ORDER BY a.username", Account.class)
        .getResultList();
  }

  @Override
  public long count() {
    return entityManager
        .createQuery("SELECT COUNT(a) FROM Account a", Long.class)
        .getSingleResult();
  }

  @Override
  public void add(Account account) {
    entityManager.persist(account);
  }

  @Override
  public void flush() {
    entityManager.flush();
  }

  @Override
  public List<Account> activeAdminsLocked() {
    return entityManager
        .createQuery(
            "SELECT a FROM Account a JOIN a.roles r WHERE r = :admin AND a.enabled = true"
                + " ORDER BY a.id",
            Account.class)
        .setParameter("admin", Role.ADMIN)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }
}
