// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.essaim.node.application.AccountService;
import org.essaim.node.domain.model.account.Role;

/**
 * Checks usernames and passwords against the node's accounts; the account's roles become the
 * caller's groups (and, one for one, its security roles).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject AccountService accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return accounts
        .authenticate(login.getCaller(), login.getPasswordAsString())
        .map(
            account ->
                new CredentialValidationResult(
                    account.username(),
                    account.roles().stream().map(Role::securityName).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
