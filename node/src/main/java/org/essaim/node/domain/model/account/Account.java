// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * Someone who signs in to the node. Only the password's salted hash is kept; the clear password
 * never reaches this class.
 */
@Entity
@Table(name = "account")
public class Account {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 32)
  private Set<Role> roles = new HashSet<>();

  @Column(name = "created_at", nullable = false)
  // JPA 3.1 maps OffsetDateTime, not Instant, to timestamptz.
  private OffsetDateTime createdAt;

  @Column(name = "enabled", nullable = false)
  private boolean enabled = true;

  // Counted by hand: a change of roles only touches the element collection, which the JPA
  // provider's @Version would not see.
  @Column(name = "version", nullable = false)
  private long version;

  protected Account() {
    // for JPA
  }

  public Account(String username, String passwordHash, Set<Role> roles, Instant now) {
    if (!isValidUsername(username)) {
      throw new DomainRuleViolation(
          "username", "3 to 64 characters: lower-case letters, digits, '.', '_' or '-'");
    }
    this.username = username;
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash is required");
    this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  public static boolean isValidUsername(String username) {
    return username != null && USERNAME.matcher(username).matches();
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? Set.of() : Set.copyOf(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  /** Whether the account may sign in; a disabled one is kept (its history) but locked out. */
  public boolean enabled() {
    return enabled;
  }

  public long version() {
    return version;
  }

  /** An administrator that can sign in: the node must always keep at least one. */
  public boolean isActiveAdmin() {
    return enabled && roles.contains(Role.ADMIN);
  }

  /** Replaces the roles; an account keeps at least one. */
  public void changeRoles(Set<Role> newRoles) {
    if (newRoles == null || newRoles.isEmpty()) {
      throw new DomainRuleViolation("roles", "at least one role");
    }
    if (!roles.equals(newRoles)) {
      roles.clear();
      roles.addAll(newRoles);
      version++;
    }
  }

  public void enable() {
    if (!enabled) {
      enabled = true;
      version++;
    }
  }

  public void disable() {
    if (enabled) {
      enabled = false;
      version++;
    }
  }
}
