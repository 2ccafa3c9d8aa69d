// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.essaim.node.domain.model.account.Account;
import org.essaim.node.domain.model.account.AccountRepository;
import org.essaim.node.domain.model.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of changing an account's roles and disabling it, on an in-memory repository. */
class AccountServiceTest {

  private final List<Account> stored = new ArrayList<>();
  private AccountService service;

  @BeforeEach
  void accounts() {
    service = new AccountService();
    service.accounts = new InMemoryAccounts();
    stored.add(account("admin", Role.ADMIN, Role.EDITOR));
    stored.add(account("animation", Role.EDITOR));
  }

  @Test
  void anAdministratorPromotesAndDisablesAnotherAccountAndEachChangeBumpsTheVersion() {
    AccountView promoted =
        service.update("admin", "animation", Set.of(Role.ADMIN), null, OptionalLong.of(0));
    assertThat(promoted.roles()).containsExactly(Role.ADMIN);
    assertThat(promoted.version()).isEqualTo(1);

    AccountView disabled = service.update("admin", "animation", null, false, OptionalLong.of(1));
    assertThat(disabled.enabled()).isFalse();
    assertThat(disabled.roles()).containsExactly(Role.ADMIN);
    assertThat(disabled.version()).isEqualTo(2);
  }

  @Test
  void aStaleVersionChangesNothing() {
    assertThatThrownBy(() -> service.update("admin", "animation", null, false, OptionalLong.of(7)))
        .isInstanceOf(StaleVersionException.class);
    assertThat(find("animation").enabled()).isTrue();
  }

  @Test
  void anAdministratorCannotDemoteOrDisableThemself() {
    stored.add(account("autre-admin", Role.ADMIN));
    for (Runnable change :
        List.<Runnable>of(
            () -> service.update("admin", "admin", Set.of(Role.EDITOR), null, OptionalLong.empty()),
            () -> service.update("admin", "admin", null, false, OptionalLong.empty()))) {
      assertThatThrownBy(change::run)
          .isInstanceOf(AdminLockoutException.class)
          .extracting(e -> ((AdminLockoutException) e).reason())
          .isEqualTo(AdminLockoutException.Reason.SELF);
    }
    assertThat(find("admin").isActiveAdmin()).isTrue();
    assertThat(find("admin").version()).isZero();
  }

  @Test
  void theLastEnabledAdministratorStaysOne() {
    Account other = account("autre-admin", Role.ADMIN);
    other.disable();
    stored.add(other);
    // Only "admin" is an enabled administrator; another administrator's session acts on it.
    assertThatThrownBy(
            () -> service.update("autre-admin", "admin", null, false, OptionalLong.empty()))
        .isInstanceOf(AdminLockoutException.class)
        .extracting(e -> ((AdminLockoutException) e).reason())
        .isEqualTo(AdminLockoutException.Reason.LAST_ADMIN);

    service.update("admin", "autre-admin", null, true, OptionalLong.empty());
    AccountView demoted =
        service.update("autre-admin", "admin", Set.of(Role.EDITOR), null, OptionalLong.empty());
    assertThat(demoted.roles()).containsExactly(Role.EDITOR);
  }

  @Test
  void unknownAccountsAndEmptyRolesAreRefused() {
    assertThatThrownBy(() -> service.update("admin", "nobody", null, false, OptionalLong.empty()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> service.update("admin", "animation", Set.of(), null, OptionalLong.empty()))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aDisabledAccountIsNoLongerActive() {
    service.update("admin", "animation", null, false, OptionalLong.empty());
    assertThat(service.active("animation")).isEmpty();
    assertThat(service.active("admin")).isPresent();
    assertThat(service.active("nobody")).isEmpty();
  }

  private Account find(String username) {
    return stored.stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
  }

  private static Account account(String username, Role... roles) {
    return new Account(username, "hash", Set.of(roles), Instant.parse("2026-11-23T09:00:00Z"));
  }

  private final class InMemoryAccounts implements AccountRepository {
    @Override
    public Optional<Account> findByUsername(String username) {
      return stored.stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public Optional<Account> findByUsernameLocked(String username) {
      return findByUsername(username);
    }

    @Override
    public List<Account> all() {
      return List.copyOf(stored);
    }

    @Override
    public long count() {
      return stored.size();
    }

    @Override
    public void add(Account account) {
      stored.add(account);
    }

    @Override
    public void flush() {}

    @Override
    public List<Account> activeAdminsLocked() {
      return stored.stream().filter(Account::isActiveAdmin).toList();
    }
  }
}
