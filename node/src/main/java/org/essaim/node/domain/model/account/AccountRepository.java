// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.account;

import java.util.List;
import java.util.Optional;

/** Where accounts are kept. */
public interface AccountRepository {

  Optional<Account> findByUsername(String username);

  List<Account> all();

  /** The account, locked until the transaction ends (its changes are read-check-write). */
  Optional<Account> findByUsernameLocked(String username);

  long count();

  void add(Account account);

  /** Writes pending changes now, so a version clash surfaces inside the service. */
  void flush();

  /**
   * The enabled administrators, locked until the transaction ends, so two concurrent changes cannot
   * both remove "another" administrator and leave none.
   */
  List<Account> activeAdminsLocked();
}
