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
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * A territory in the national registry: its node's actor (one entry per actor), what the national
 * team records about it, and its label status, which moves only along the label path.
 */
@Entity
@Table(name = "registry_territory")
public class TerritoryEntry {

  /** States in which the entry carries the date of its labelling committee. */
  static final EnumSet<LabelStatus> DATED =
      EnumSet.of(LabelStatus.LABELLED, LabelStatus.SUSPENDED, LabelStatus.WITHDRAWN);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "actor_uri", nullable = false, unique = true)
  private String actorUri;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "region", nullable = false, length = 100)
  private String region;

  @Column(name = "department", length = 100)
  private String department;

  @Column(name = "country", nullable = false, length = 2)
  private String country;

  @Enumerated(EnumType.STRING)
  @Column(name = "label_status", nullable = false, length = 20)
  private LabelStatus labelStatus;

  @Column(name = "label_date")
  private LocalDate labelDate;

  @Column(name = "promo_id")
  private Long promoId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected TerritoryEntry() {
    // for JPA
  }

  /**
   * Registers a territory in any state (the network existed before its registry: Strasbourg is
   * registered as LABELLED with its label date).
   *
   * @throws DomainRuleViolation when the label date is missing for a label, or given without one
   */
  public TerritoryEntry(
      URI actor,
      EntryDescription description,
      LabelStatus status,
      LocalDate labelDate,
      Instant now) {
    this.actorUri = Objects.requireNonNull(actor, "actor").toString();
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    describe(description, now);
    this.labelStatus = Objects.requireNonNull(status, "status");
    this.labelDate = checkedDate(status, labelDate, null);
  }

  /** Replaces the description; the actor and the label status do not change here. */
  public void describe(EntryDescription description, Instant now) {
    this.name = description.name();
    this.region = description.region();
    this.department = description.department();
    this.country = description.country();
    this.promoId = description.promoId();
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * Moves along the label path. Reaching LABELLED needs the committee's date; a suspension or a
   * withdrawal keeps the date of the label it ends.
   *
   * @return the status before the move
   * @throws org.essaim.node.domain.shared.IllegalTransitionException when the path does not allow
   *     it
   * @throws DomainRuleViolation naming {@code labelDate} when it is missing for LABELLED
   */
  public LabelStatus moveTo(LabelStatus target, LocalDate date, Instant now) {
    LabelStatus before = labelStatus;
    labelStatus.requireTransitionTo(target);
    this.labelDate = checkedDate(target, date, labelDate);
    this.labelStatus = target;
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
    return before;
  }

  private static LocalDate checkedDate(LabelStatus status, LocalDate given, LocalDate current) {
    if (status == LabelStatus.LABELLED) {
      LocalDate date = given != null ? given : current;
      if (date == null) {
        throw new DomainRuleViolation(
            "labelDate", "is required for LABELLED: the date of the labelling committee");
      }
      return date;
    }
    if (!DATED.contains(status)) {
      if (given != null) {
        throw new DomainRuleViolation(
            "labelDate", "only a LABELLED, SUSPENDED or WITHDRAWN territory has a label date");
      }
      return null;
    }
    if (status == LabelStatus.SUSPENDED && given == null && current == null) {
      throw new DomainRuleViolation(
          "labelDate", "is required for SUSPENDED: the date of the label that is suspended");
    }
    return given != null ? given : current;
  }

  public Long id() {
    return id;
  }

  public URI actor() {
    return URI.create(actorUri);
  }

  public EntryDescription description() {
    return new EntryDescription(name, region, department, country, promoId);
  }

  public String name() {
    return name;
  }

  public LabelStatus labelStatus() {
    return labelStatus;
  }

  public Optional<LocalDate> labelDate() {
    return Optional.ofNullable(labelDate);
  }

  public Optional<Long> promoId() {
    return Optional.ofNullable(promoId);
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
