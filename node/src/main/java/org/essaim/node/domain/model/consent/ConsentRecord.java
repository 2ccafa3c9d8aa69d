// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * One consent given by a person (identified by a normalised email and/or a phone), with the exact
 * wording they were shown. Personal data: local only; deleted when the person asks for erasure.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Personal data, normalised by {@link EmailAddress}. */
  @Column(name = "subject_email", length = EmailAddress.MAX_LENGTH)
  private String subjectEmail;

  /** Personal data. */
  @Column(name = "subject_phone", length = 32)
  private String subjectPhone;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, length = 32)
  private ConsentPurpose purpose;

  @Column(name = "wording_version", nullable = false, length = 32)
  private String wordingVersion;

  @Column(name = "wording_text", nullable = false, length = 2000)
  private String wordingText;

  @Column(name = "given_at", nullable = false)
  private OffsetDateTime givenAt;

  @Column(name = "withdrawn_at")
  private OffsetDateTime withdrawnAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_kind", nullable = false, length = 32)
  private ConsentSource sourceKind;

  @Column(name = "source_id", nullable = false)
  private Long sourceId;

  protected ConsentRecord() {
    // for JPA
  }

  /**
   * A consent given now with the current wording of its purpose.
   *
   * @throws DomainRuleViolation when there is neither an email nor a phone to consent for
   */
  public ConsentRecord(
      String email,
      String phone,
      ConsentPurpose purpose,
      ConsentSource source,
      long sourceId,
      Instant now) {
    this.subjectEmail = EmailAddress.normalise("email", email);
    this.subjectPhone = phone == null || phone.isBlank() ? null : phone.strip();
    if (subjectEmail == null && subjectPhone == null) {
      throw new DomainRuleViolation("email", "a consent needs an email or a phone to apply to");
    }
    this.purpose = purpose;
    this.wordingVersion = purpose.wordingVersion();
    this.wordingText = purpose.wording();
    this.givenAt = now.atOffset(ZoneOffset.UTC);
    this.sourceKind = source;
    this.sourceId = sourceId;
  }

  /** Records that the consent ended (withdrawn, or its source removed); the first time counts. */
  public void withdraw(Instant now) {
    if (withdrawnAt == null) {
      OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
      this.withdrawnAt = at.isBefore(givenAt) ? givenAt : at;
    }
  }

  public Long id() {
    return id;
  }

  public Optional<String> subjectEmail() {
    return Optional.ofNullable(subjectEmail);
  }

  public Optional<String> subjectPhone() {
    return Optional.ofNullable(subjectPhone);
  }

  public ConsentPurpose purpose() {
    return purpose;
  }

  public String wordingVersion() {
    return wordingVersion;
  }

  public String wordingText() {
    return wordingText;
  }

  public Instant givenAt() {
    return givenAt.toInstant();
  }

  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt).map(OffsetDateTime::toInstant);
  }

  public ConsentSource sourceKind() {
    return sourceKind;
  }

  public long sourceId() {
    return sourceId;
  }
}
