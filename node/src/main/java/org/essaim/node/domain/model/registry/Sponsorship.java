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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * A parrainage between two registered territories: a labelled parrain accompanies a filleul (e.g.
 * Miramas → Caen, 2024-2025). A parrain may have several filleuls; a filleul has at most one active
 * parrain.
 */
@Entity
@Table(name = "registry_sponsorship")
public class Sponsorship {

  static final Pattern PERIOD = Pattern.compile("\\d{4}(-\\d{4})?");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "sponsor_id", nullable = false)
  private long sponsorId;

  @Column(name = "sponsee_id", nullable = false)
  private long sponseeId;

  @Column(name = "promo_id")
  private Long promoId;

  @Column(name = "period", length = 9)
  private String period;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private SponsorshipStatus status;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Sponsorship() {
    // for JPA
  }

  /**
   * @throws DomainRuleViolation when a territory would sponsor itself or the period is malformed
   */
  public Sponsorship(
      long sponsorId,
      long sponseeId,
      Long promoId,
      String period,
      SponsorshipStatus status,
      Instant now) {
    if (sponsorId == sponseeId) {
      throw new DomainRuleViolation("sponseeId", "a territory cannot sponsor itself");
    }
    if (status == null) {
      throw new DomainRuleViolation("status", "is required: PROPOSED, ACTIVE or ENDED");
    }
    this.sponsorId = sponsorId;
    this.sponseeId = sponseeId;
    this.status = status;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    describe(promoId, period, now);
  }

  /** Changes the promo and period; the two territories never change. */
  public void describe(Long promoId, String period, Instant now) {
    if (period != null && !period.isBlank() && !PERIOD.matcher(period.strip()).matches()) {
      throw new DomainRuleViolation("period", "must look like 2024-2025 (or one year)");
    }
    this.promoId = promoId;
    this.period = period == null || period.isBlank() ? null : period.strip();
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * @throws org.essaim.node.domain.shared.IllegalTransitionException when not allowed
   */
  public void moveTo(SponsorshipStatus target, Instant now) {
    if (target == status) {
      return;
    }
    this.status = status.requireTransitionTo(target);
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public long sponsorId() {
    return sponsorId;
  }

  public long sponseeId() {
    return sponseeId;
  }

  public Optional<Long> promoId() {
    return Optional.ofNullable(promoId);
  }

  public Optional<String> period() {
    return Optional.ofNullable(period);
  }

  public SponsorshipStatus status() {
    return status;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Instant updatedAt() {
    return updatedAt.toInstant();
  }
}
