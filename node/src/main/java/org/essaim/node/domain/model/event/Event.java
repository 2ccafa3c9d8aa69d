// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.event;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.domain.shared.Visibility;

/**
 * An event the territory runs, e.g. « Crépîte », the soirée d'idéation of Lons-le-Saunier on 13
 * September 2024 (15 défis, 174 contributors, 250+ people), or the dream-collection session « se
 * nourrir » of 8 June. {@link Visibility#NODE_PUBLIC} by default.
 *
 * <p>Counts are aggregates: who came, and who wants to get involved, is personal and never kept
 * here. While {@link EventState#PLANNED} the counts are provisional (the team may type them in on
 * the night); once {@link EventState#HELD} they are final; a {@link EventState#CANCELLED} event
 * keeps none.
 */
@Entity
@Table(name = "event")
public class Event {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false, length = 32)
  private EventType type;

  @Column(name = "title", nullable = false, length = EventDescription.MAX_TITLE)
  private String title;

  @Column(name = "description", length = EventDescription.MAX_DESCRIPTION)
  private String description;

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  @Column(name = "starts_at_utc", nullable = false)
  private OffsetDateTime startsAtUtc;

  @Column(name = "ends_at_utc", nullable = false)
  private OffsetDateTime endsAtUtc;

  @Column(name = "venue_name", length = 200)
  private String venueName;

  @Column(name = "commune", length = 200)
  private String commune;

  @Column(name = "address", length = 500)
  private String address;

  @Column(name = "online_url", length = 500)
  private String onlineUrl;

  // A reference by id: Campaign is another aggregate.
  @Column(name = "campaign_id")
  private Long campaignId;

  @Enumerated(EnumType.STRING)
  @Column(name = "collection_format", length = 32)
  private DreamCollectionFormat collectionFormat;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 32)
  private EventState state;

  @Column(name = "participant_count")
  private Integer participantCount;

  @Column(name = "contributor_count")
  private Integer contributorCount;

  @Column(name = "want_to_get_involved_count")
  private Integer wantToGetInvolvedCount;

  @Column(name = "want_to_carry_count")
  private Integer wantToCarryCount;

  @Column(name = "solutions_presented_count")
  private Integer solutionsPresentedCount;

  @Column(name = "total_attendance")
  private Integer totalAttendance;

  @Column(name = "tables_count")
  private Integer tables;

  @Column(name = "dream_count")
  private Integer dreamCount;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "event_theme", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "position")
  @Column(name = "theme_key", nullable = false, length = 100)
  private List<String> themes = new ArrayList<>();

  // Unordered link tables: a défi or idea deleted takes its link rows with it, leaving no gap.
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "event_challenge", joinColumns = @JoinColumn(name = "event_id"))
  @Column(name = "challenge_id", nullable = false)
  private List<Long> challengeIds = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "event_solution_idea", joinColumns = @JoinColumn(name = "event_id"))
  @Column(name = "solution_idea_id", nullable = false)
  private List<Long> solutionIdeaIds = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "visibility", nullable = false, length = 32)
  private Visibility visibility;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Event() {
    // for JPA
  }

  /** A new, {@link EventState#PLANNED} event. */
  /**
   * @param defaultVisibility used when the description names none
   */
  public Event(EventDescription description, Visibility defaultVisibility, Instant now) {
    this.visibility = java.util.Objects.requireNonNull(defaultVisibility, "defaultVisibility");
    this.state = EventState.PLANNED;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    describe(description, now);
  }

  /**
   * Replaces the whole description; allowed in every state (a held event gets its final counts, a
   * cancelled one may say why).
   *
   * @throws DomainRuleViolation when counts are given for a cancelled event
   */
  public void describe(EventDescription d, Instant now) {
    if (state == EventState.CANCELLED && !d.counts().isEmpty()) {
      throw new DomainRuleViolation("counts", "a cancelled event keeps no counts");
    }
    this.type = d.type();
    this.title = d.title();
    this.description = d.description();
    this.startsAt = d.startsAt();
    this.endsAt = d.endsAt();
    this.timeZone = d.timeZone().getId();
    this.startsAtUtc = d.startInstant().atOffset(ZoneOffset.UTC);
    this.endsAtUtc = d.endInstant().atOffset(ZoneOffset.UTC);
    this.venueName = d.place() == null ? null : d.place().venueName();
    this.commune = d.place() == null ? null : d.place().commune();
    this.address = d.place() == null ? null : d.place().address();
    this.onlineUrl = d.onlineUrl();
    this.campaignId = d.campaignId();
    this.collectionFormat = d.collectionFormat();
    replace(themes, d.themes());
    replace(challengeIds, d.challengeIds());
    replace(solutionIdeaIds, d.solutionIdeaIds());
    count(d.counts());
    if (d.visibility() != null) {
      this.visibility = d.visibility();
    }
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * Moves the event on. HELD only once it has started: its counts are then final. CANCELLED drops
   * the counts.
   *
   * @throws IllegalTransitionException unless {@code target} may follow the current state, or for
   *     HELD before the start
   */
  public void moveTo(EventState target, Instant now) {
    EventState next = state.requireTransitionTo(target);
    if (next == EventState.HELD && now.isBefore(startsAtUtc.toInstant())) {
      throw new IllegalTransitionException(
          state,
          target,
          "an event can be marked HELD only once it has started; this one starts "
              + startsAt
              + " ("
              + timeZone
              + ")");
    }
    if (next == EventState.CANCELLED) {
      count(EventCounts.NONE);
    }
    this.state = next;
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  private void count(EventCounts c) {
    this.participantCount = c.participantCount();
    this.contributorCount = c.contributorCount();
    this.wantToGetInvolvedCount = c.wantToGetInvolvedCount();
    this.wantToCarryCount = c.wantToCarryCount();
    this.solutionsPresentedCount = c.solutionsPresentedCount();
    this.totalAttendance = c.totalAttendance();
    this.tables = c.tables();
    this.dreamCount = c.dreamCount();
  }

  public EventDescription description() {
    EventPlace place =
        venueName == null && commune == null && address == null
            ? null
            : new EventPlace(venueName, commune, address);
    return new EventDescription(
        type,
        title,
        description,
        startsAt,
        endsAt,
        ZoneId.of(timeZone),
        place,
        onlineUrl,
        campaignId,
        List.copyOf(challengeIds),
        List.copyOf(solutionIdeaIds),
        collectionFormat,
        List.copyOf(themes),
        counts(),
        visibility);
  }

  public EventCounts counts() {
    return new EventCounts(
        participantCount,
        contributorCount,
        wantToGetInvolvedCount,
        wantToCarryCount,
        solutionsPresentedCount,
        totalAttendance,
        tables,
        dreamCount);
  }

  private static <T> void replace(List<T> target, List<T> values) {
    target.clear();
    target.addAll(values);
  }

  public Long id() {
    return id;
  }

  public EventState state() {
    return state;
  }

  public Visibility visibility() {
    return visibility;
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
