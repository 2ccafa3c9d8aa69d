// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.account;

import java.util.List;
import java.util.Optional;

/** Where accounts are kept. */
public interface AccountRepository {

  Optional<Account> findByUsername(String username);

  List<Account> all();

  long count();

  void add(Account account);
}
