// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.essaim.node.domain.model.account.Account;
import org.essaim.node.domain.model.account.AccountRepository;
import org.essaim.node.domain.model.account.Role;

/** Creates accounts, checks passwords, and makes sure a fresh node has an administrator. */
@ApplicationScoped
public class AccountService {

  public static final int MIN_PASSWORD_LENGTH = 12;
  public static final int MAX_PASSWORD_LENGTH = 128;

  // OWASP's 2023 figure for PBKDF2-HMAC-SHA512. The parameters are stored in each hash, so
  // raising them later keeps existing hashes verifiable.
  private static final Map<String, String> HASH_PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "64");

  private static final String PASSWORD_ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @Inject AccountRepository accounts;
  @Inject Pbkdf2PasswordHash passwordHash;
  @Inject Clock clock;
  private final SecureRandom random = new SecureRandom();
  // Compared against when the username is unknown, so both paths cost the same time.
  private String decoyHash;

  @PostConstruct
  void configureHashing() {
    passwordHash.initialize(HASH_PARAMETERS);
    decoyHash = passwordHash.generate(generatePassword().toCharArray());
  }

  /**
   * Creates an account.
   *
   * @throws InvalidInputException when the username or password breaks the rules
   * @throws ConflictException when the username is taken
   */
  @Transactional
  public AccountView create(String username, String password, Set<Role> roles) {
    if (!Account.isValidUsername(username)) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "username", "3 to 64 characters: lower-case letters, digits, '.', '_' or '-'")));
    }
    if (password == null
        || password.length() < MIN_PASSWORD_LENGTH
        || password.length() > MAX_PASSWORD_LENGTH) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "password",
                  "between "
                      + MIN_PASSWORD_LENGTH
                      + " and "
                      + MAX_PASSWORD_LENGTH
                      + " characters")));
    }
    if (accounts.findByUsername(username).isPresent()) {
      throw new ConflictException("the username '" + username + "' is already taken");
    }
    Account account =
        new Account(
            username, passwordHash.generate(password.toCharArray()), roles, clock.instant());
    accounts.add(account);
    return AccountView.of(account);
  }

  @Transactional
  public List<AccountView> list() {
    return accounts.all().stream().map(AccountView::of).toList();
  }

  @Transactional
  public Optional<AccountView> find(String username) {
    return accounts.findByUsername(username).map(AccountView::of);
  }

  /** The enabled account whose username and password these are, if any. */
  @Transactional
  public Optional<AccountView> authenticate(String username, String password) {
    Optional<Account> account = accounts.findByUsername(username);
    char[] candidate = password.toCharArray();
    if (account.isEmpty()) {
      passwordHash.verify(candidate, decoyHash);
      return Optional.empty();
    }
    // A disabled account costs the same hash check, so timing does not tell it apart.
    return passwordHash.verify(candidate, account.get().passwordHash()) && account.get().enabled()
        ? account.map(AccountView::of)
        : Optional.empty();
  }

  /**
   * The account of a web session, if it may still act: a disabled or deleted account ends the
   * session at its next request, and changed roles apply at once.
   */
  @Transactional
  public Optional<AccountView> active(String username) {
    return accounts.findByUsername(username).filter(Account::enabled).map(AccountView::of);
  }

  /**
   * Changes an account's roles and/or whether it may sign in (administrators only).
   *
   * @param actor the administrator making the change
   * @param roles the new roles, or null to keep them
   * @param enabled the new state, or null to keep it
   * @throws NotFoundException when there is no such account
   * @throws StaleVersionException when {@code expectedVersion} is not the stored one
   * @throws AdminLockoutException when the actor would lose their own admin rights, or the node its
   *     last enabled administrator
   */
  @Transactional
  public AccountView update(
      String actor,
      String username,
      Set<Role> roles,
      Boolean enabled,
      OptionalLong expectedVersion) {
    if (roles != null && roles.isEmpty()) {
      throw new InvalidInputException(List.of(new FieldError("roles", "at least one role")));
    }
    // Locked before the account is read, so the last-administrator check sees a settled set.
    List<Account> activeAdmins = accounts.activeAdminsLocked();
    Account account =
        accounts
            .findByUsernameLocked(username)
            .orElseThrow(() -> new NotFoundException("there is no account '" + username + "'"));
    StaleVersionException.requireCurrent(expectedVersion, account.version());
    boolean staysAdmin = roles == null ? account.hasRole(Role.ADMIN) : roles.contains(Role.ADMIN);
    boolean staysEnabled = enabled == null ? account.enabled() : enabled;
    if (account.isActiveAdmin() && !(staysAdmin && staysEnabled)) {
      if (account.username().equals(actor)) {
        throw new AdminLockoutException(AdminLockoutException.Reason.SELF);
      }
      if (activeAdmins.stream().allMatch(a -> a.username().equals(account.username()))) {
        throw new AdminLockoutException(AdminLockoutException.Reason.LAST_ADMIN);
      }
    }
    if (roles != null) {
      account.changeRoles(roles);
    }
    if (enabled != null) {
      if (enabled) {
        account.enable();
      } else {
        account.disable();
      }
    }
    accounts.flush();
    return AccountView.of(account);
  }

  /**
   * On a node without any account, creates the first administrator.
   *
   * @param configuredPassword the operator's choice; when empty a strong one is generated
   * @return the generated password, to be shown once; empty when nothing was generated
   */
  @Transactional
  public Optional<String> ensureBootstrapAdmin(
      String username, Optional<String> configuredPassword) {
    if (accounts.count() > 0) {
      return Optional.empty();
    }
    String password = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
    boolean generated = password == null;
    if (generated) {
      password = generatePassword();
    }
    create(username, password, Set.of(Role.ADMIN, Role.EDITOR));
    return generated ? Optional.of(password) : Optional.empty();
  }

  private String generatePassword() {
    StringBuilder password = new StringBuilder(24);
    for (int i = 0; i < 24; i++) {
      password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }
}
