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

  /** The account whose username and password these are, if any. */
  @Transactional
  public Optional<AccountView> authenticate(String username, String password) {
    Optional<Account> account = accounts.findByUsername(username);
    char[] candidate = password.toCharArray();
    if (account.isEmpty()) {
      passwordHash.verify(candidate, decoyHash);
      return Optional.empty();
    }
    return passwordHash.verify(candidate, account.get().passwordHash())
        ? account.map(AccountView::of)
        : Optional.empty();
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
