// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.account;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.AccountView;
import org.essaim.node.domain.model.account.Role;

@Schema(name = "Account", description = "An account, without its password.")
public record AccountDocument(
    String username,
    List<String> roles,
    Instant createdAt,
    @Schema(description = "false: the account cannot sign in") boolean enabled) {

  static AccountDocument of(AccountView view) {
    return new AccountDocument(
        view.username(),
        view.roles().stream().map(Role::securityName).sorted().toList(),
        view.createdAt(),
        view.enabled());
  }
}
