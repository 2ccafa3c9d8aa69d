// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * The label attestation the national actor issued for a registered territory: one per territory,
 * LABELLED when issued, then SUSPENDED or WITHDRAWN when the label is revoked (the same object,
 * updated: whoever holds a copy learns of the revocation). It goes when its territory leaves the
 * registry (a Delete).
 */
@Entity
@Table(name = "registry_label_attestation")
public class IssuedAttestation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "territory_id", nullable = false, unique = true)
  private long territoryId;

  @Column(name = "territory_actor", nullable = false)
  private String territoryActor;

  @Enumerated(EnumType.STRING)
  @Column(name = "label_status", nullable = false, length = 20)
  private LabelStatus labelStatus;

  @Column(name = "label_date", nullable = false)
  private LocalDate labelDate;

  @Column(name = "promo_id")
  private Long promoId;

  @Column(name = "issued_at", nullable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected IssuedAttestation() {
    // for JPA
  }

  /** Issues the label of a territory that just became LABELLED. */
  public IssuedAttestation(
      long territoryId, URI territoryActor, LocalDate labelDate, Long promoId, Instant now) {
    this.territoryId = territoryId;
    this.territoryActor = Objects.requireNonNull(territoryActor, "territoryActor").toString();
    this.issuedAt = seconds(now).atOffset(ZoneOffset.UTC);
    this.updatedAt = issuedAt;
    this.labelStatus = LabelStatus.LABELLED;
    this.labelDate = Objects.requireNonNull(labelDate, "labelDate");
    this.promoId = promoId;
  }

  /**
   * Says what the label is now: LABELLED again (reinstated), SUSPENDED or WITHDRAWN. Each change
   * carries a later {@code updated} than the one before, to the second, so every copy is replaced.
   *
   * @throws DomainRuleViolation for any other status
   */
  public void state(LabelStatus status, LocalDate date, Long promo, Instant now) {
    if (status != LabelStatus.LABELLED && !status.revokesLabel()) {
      throw new DomainRuleViolation(
          "labelStatus", "an attestation says LABELLED, SUSPENDED or WITHDRAWN, not " + status);
    }
    this.labelStatus = status;
    if (date != null) {
      this.labelDate = date;
    }
    this.promoId = promo;
    Instant next = seconds(now);
    Instant previous = updatedAt.toInstant();
    if (!next.isAfter(previous)) {
      next = previous.plusSeconds(1);
    }
    this.updatedAt = next.atOffset(ZoneOffset.UTC);
  }

  private static Instant seconds(Instant now) {
    return now.truncatedTo(ChronoUnit.SECONDS);
  }

  public Long id() {
    return id;
  }

  public long territoryId() {
    return territoryId;
  }

  public URI territoryActor() {
    return URI.create(territoryActor);
  }

  public LabelStatus labelStatus() {
    return labelStatus;
  }

  public LocalDate labelDate() {
    return labelDate;
  }

  public Optional<Long> promoId() {
    return Optional.ofNullable(promoId);
  }

  public Instant issuedAt() {
    return issuedAt.toInstant();
  }

  public Instant updatedAt() {
    return updatedAt.toInstant();
  }
}
