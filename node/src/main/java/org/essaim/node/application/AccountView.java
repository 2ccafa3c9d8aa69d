// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import java.util.Set;
import org.essaim.node.domain.model.account.Account;
import org.essaim.node.domain.model.account.Role;

/** What may be shown of an account: never its password hash. */
public record AccountView(
    String username, Set<Role> roles, Instant createdAt, boolean enabled, long version) {

  static AccountView of(Account account) {
    return new AccountView(
        account.username(),
        account.roles(),
        account.createdAt(),
        account.enabled(),
        account.version());
  }
}
