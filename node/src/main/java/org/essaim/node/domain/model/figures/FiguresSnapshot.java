// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.figures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * One territory's key figures as received at one moment (table of V141): the history the network
 * figures are drawn from. Rows are only added, never changed.
 */
@Entity
@Table(name = "network_figures_snapshot")
public class FiguresSnapshot {

  private static final Pattern KEY = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "territory_actor", nullable = false)
  private String territoryActor;

  @Column(name = "object_id", nullable = false)
  private String objectId;

  @Column(name = "period", nullable = false, length = 9)
  private String period;

  @Column(name = "participants")
  private Long participants;

  @Column(name = "engaged_people")
  private Long engagedPeople;

  @Column(name = "projects_supported")
  private Long projectsSupported;

  @Column(name = "jobs_created")
  private Long jobsCreated;

  @Column(name = "dreams")
  private Long dreams;

  @Column(name = "challenges")
  private Long challenges;

  @Column(name = "projects_by_stage", nullable = false)
  private String projectsByStage;

  @Column(name = "projects_by_theme", nullable = false)
  private String projectsByTheme;

  @Column(name = "figures_updated")
  private OffsetDateTime figuresUpdated;

  @Column(name = "received_at", nullable = false)
  private OffsetDateTime receivedAt;

  protected FiguresSnapshot() {
    // for JPA
  }

  /**
   * @param territoryActor the territory the figures count (and that published them)
   * @param objectId the address of its KeyFigures object
   * @param figuresUpdated when the territory computed them ({@code updated}), if it said
   */
  public FiguresSnapshot(
      URI territoryActor,
      URI objectId,
      TerritoryFigures figures,
      Instant figuresUpdated,
      Instant receivedAt) {
    this.territoryActor = territoryActor.toString();
    this.objectId = objectId.toString();
    this.period = figures.period();
    this.participants = nullable(figures.participants());
    this.engagedPeople = nullable(figures.engagedPeople());
    this.projectsSupported = nullable(figures.projectsSupported());
    this.jobsCreated = nullable(figures.jobsCreated());
    this.dreams = nullable(figures.dreams());
    this.challenges = nullable(figures.challenges());
    this.projectsByStage = encode(figures.projectsByStage());
    this.projectsByTheme = encode(figures.projectsByTheme());
    this.figuresUpdated = figuresUpdated == null ? null : figuresUpdated.atOffset(ZoneOffset.UTC);
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt").atOffset(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public URI territoryActor() {
    return URI.create(territoryActor);
  }

  public URI objectId() {
    return URI.create(objectId);
  }

  public TerritoryFigures figures() {
    return new TerritoryFigures(
        period,
        count(participants),
        count(engagedPeople),
        count(projectsSupported),
        count(jobsCreated),
        count(dreams),
        count(challenges),
        decode(projectsByStage),
        decode(projectsByTheme));
  }

  public Optional<Instant> figuresUpdated() {
    return Optional.ofNullable(figuresUpdated).map(OffsetDateTime::toInstant);
  }

  public Instant receivedAt() {
    return receivedAt.toInstant();
  }

  private static Long nullable(Count count) {
    return count.isSuppressed() ? null : count.value().getAsLong();
  }

  private static Count count(Long value) {
    return new Count(value == null ? OptionalLong.empty() : OptionalLong.of(value));
  }

  /** {@code idea=3;launched=;…}: taxonomy keys (checked), an empty count when withheld. */
  static String encode(List<BreakdownCell> cells) {
    StringBuilder text = new StringBuilder();
    for (BreakdownCell cell : cells) {
      if (!KEY.matcher(cell.key()).matches()) {
        throw new IllegalArgumentException("not a taxonomy key: " + cell.key());
      }
      if (text.length() > 0) {
        text.append(';');
      }
      text.append(cell.key()).append('=');
      cell.count().value().ifPresent(text::append);
    }
    return text.toString();
  }

  static List<BreakdownCell> decode(String text) {
    List<BreakdownCell> cells = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return cells;
    }
    for (String item : text.split(";")) {
      int equals = item.indexOf('=');
      String value = item.substring(equals + 1);
      cells.add(
          new BreakdownCell(
              item.substring(0, equals),
              value.isEmpty() ? Count.suppressed() : Count.of(Long.parseLong(value))));
    }
    return cells;
  }
}
