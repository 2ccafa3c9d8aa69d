// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.gdpr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * That an erasure happened, and what it erased, without the address: a keyed fingerprint of it lets
 * the team recognise a repeated request and answer « already erased on … », and the counts are the
 * accountability record (GDPR art. 5(2)), while the log itself is no longer personal data for
 * anyone without the key.
 */
@Entity
@Table(name = "gdpr_erasure_log")
public class ErasureLogEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "subject_hash", nullable = false, length = 64)
  private String subjectHash;

  @Column(name = "erased_at", nullable = false)
  private OffsetDateTime erasedAt;

  @Column(name = "dreams", nullable = false)
  private int dreams;

  @Column(name = "challenge_links", nullable = false)
  private int challengeLinks;

  @Column(name = "memberships", nullable = false)
  private int memberships;

  @Column(name = "consent_records", nullable = false)
  private int consentRecords;

  protected ErasureLogEntry() {
    // for JPA
  }

  public ErasureLogEntry(
      String subjectHash,
      Instant erasedAt,
      int dreams,
      int challengeLinks,
      int memberships,
      int consentRecords) {
    this.subjectHash = subjectHash;
    this.erasedAt = erasedAt.atOffset(ZoneOffset.UTC);
    this.dreams = dreams;
    this.challengeLinks = challengeLinks;
    this.memberships = memberships;
    this.consentRecords = consentRecords;
  }

  public Long id() {
    return id;
  }

  public Instant erasedAt() {
    return erasedAt.toInstant();
  }

  public int dreams() {
    return dreams;
  }

  public int challengeLinks() {
    return challengeLinks;
  }

  public int memberships() {
    return memberships;
  }

  public int consentRecords() {
    return consentRecords;
  }
}
