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
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * One move of a territory along the label path, as it happened: from, to, who, when and why. Never
 * changed afterwards. The reason is the national team's: never federated, never public.
 */
@Entity
@Table(name = "registry_status_change")
public class LabelStatusChange {

  public static final int MAX_REASON = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "territory_id", nullable = false)
  private long territoryId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20)
  private LabelStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 20)
  private LabelStatus to;

  @Column(name = "label_date")
  private LocalDate labelDate;

  @Column(name = "reason", length = MAX_REASON)
  private String reason;

  @Column(name = "changed_by", length = 64)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  protected LabelStatusChange() {
    // for JPA
  }

  /**
   * @param reason why (optional; blank is none)
   * @param by the account that moved it, or null for a move without one
   * @throws DomainRuleViolation when the reason is longer than {@value #MAX_REASON} characters
   */
  public LabelStatusChange(
      long territoryId,
      LabelStatus from,
      LabelStatus to,
      LocalDate labelDate,
      String reason,
      String by,
      Instant now) {
    String r = checkedReason(reason);
    this.territoryId = territoryId;
    this.from = from;
    this.to = to;
    this.labelDate = labelDate;
    this.reason = r;
    this.changedBy = by == null || by.length() <= 64 ? by : by.substring(0, 64);
    this.changedAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * The reason as stored: stripped, null when blank.
   *
   * @throws DomainRuleViolation when longer than {@value #MAX_REASON} characters
   */
  public static String checkedReason(String reason) {
    String r = reason == null || reason.isBlank() ? null : reason.strip();
    if (r != null && r.length() > MAX_REASON) {
      throw new DomainRuleViolation("reason", "at most " + MAX_REASON + " characters");
    }
    return r;
  }

  public long id() {
    return id;
  }

  public long territoryId() {
    return territoryId;
  }

  /** The status before, empty for the first one. */
  public Optional<LabelStatus> from() {
    return Optional.ofNullable(from);
  }

  public LabelStatus to() {
    return to;
  }

  public Optional<LocalDate> labelDate() {
    return Optional.ofNullable(labelDate);
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public Optional<String> changedBy() {
    return Optional.ofNullable(changedBy);
  }

  public Instant changedAt() {
    return changedAt.toInstant();
  }
}
