// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.collective;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import org.essaim.node.domain.model.consent.EmailAddress;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * A member of a project collective: either a person (a display name, and contact details only with
 * their explicit consent) or an existing organisation. A person's name, email and phone are
 * personal data: readable by the team only, never federated, erased on request.
 */
@Entity
@Table(name = "collective_member")
public class CollectiveMember {

  public static final int MAX_NAME = 200;
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{5,24}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "collective_id", nullable = false)
  private Long collectiveId;

  @Column(name = "organization_id")
  private Long organizationId;

  /** Personal data. */
  @Column(name = "display_name", length = MAX_NAME)
  private String displayName;

  /** Personal data, normalised by {@link EmailAddress}. */
  @Column(name = "email", length = EmailAddress.MAX_LENGTH)
  private String email;

  /** Personal data. */
  @Column(name = "phone", length = 32)
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 32)
  private MemberRole role;

  @Column(name = "joined_on", nullable = false)
  private LocalDate joinedOn;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected CollectiveMember() {
    // for JPA
  }

  /**
   * A person or an organisation joins.
   *
   * @param organizationId the organisation, or null for a person
   * @param displayName the person's name as they want it shown to the team, or null for an
   *     organisation
   * @param contactConsent whether the person explicitly agreed that the team keeps their contact
   *     details: required with an email or a phone
   * @throws DomainRuleViolation naming the field at fault
   */
  public CollectiveMember(
      long collectiveId,
      Long organizationId,
      String displayName,
      String email,
      String phone,
      boolean contactConsent,
      MemberRole role,
      LocalDate joinedOn,
      Instant now) {
    String name = displayName == null || displayName.isBlank() ? null : displayName.strip();
    String normalisedEmail = EmailAddress.normalise("email", email);
    String strippedPhone = phone == null || phone.isBlank() ? null : phone.strip();
    if (organizationId == null && name == null) {
      throw new DomainRuleViolation("displayName", "give a person's name or an organizationId");
    }
    if (organizationId != null && name != null) {
      throw new DomainRuleViolation(
          "displayName", "a member is either a person (displayName) or an organisation, not both");
    }
    if (name != null && name.length() > MAX_NAME) {
      throw new DomainRuleViolation("displayName", "at most " + MAX_NAME + " characters");
    }
    boolean hasContact = normalisedEmail != null || strippedPhone != null;
    if (organizationId != null && hasContact) {
      throw new DomainRuleViolation(
          normalisedEmail != null ? "email" : "phone",
          "an organisation member has no personal contact details; use the organisation's");
    }
    if (strippedPhone != null && !PHONE.matcher(strippedPhone).matches()) {
      throw new DomainRuleViolation("phone", "must be a phone number");
    }
    if (hasContact && !contactConsent) {
      throw new DomainRuleViolation(
          "contactConsent",
          "must be true to keep a person's contact details: we keep them only with consent");
    }
    if (role == null) {
      throw new DomainRuleViolation("role", "must be given");
    }
    if (joinedOn == null) {
      throw new DomainRuleViolation("joinedOn", "must be given");
    }
    this.collectiveId = collectiveId;
    this.organizationId = organizationId;
    this.displayName = name;
    this.email = normalisedEmail;
    this.phone = strippedPhone;
    this.role = role;
    this.joinedOn = joinedOn;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  public boolean isPerson() {
    return organizationId == null;
  }

  public boolean hasContact() {
    return email != null || phone != null;
  }

  public Long id() {
    return id;
  }

  public long collectiveId() {
    return collectiveId;
  }

  public Optional<Long> organizationId() {
    return Optional.ofNullable(organizationId);
  }

  public Optional<String> displayName() {
    return Optional.ofNullable(displayName);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  public MemberRole role() {
    return role;
  }

  public LocalDate joinedOn() {
    return joinedOn;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }
}
