// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.domain.shared.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final LocalDateTime CREPITE_START = LocalDateTime.of(2024, 9, 13, 18, 30);
  private static final Instant BEFORE = Instant.parse("2024-08-01T09:00:00Z");
  private static final Instant DURING = Instant.parse("2024-09-13T17:00:00Z");

  /** Lons, 13 September 2024: the figures of domain notes §1.2. */
  static final EventCounts LONS = new EventCounts(null, 174, 49, 24, 19, 250, 15, null);

  // --- the state machine -----------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"PLANNED, HELD", "PLANNED, CANCELLED"})
  void aPlannedEventIsHeldOrCancelled(EventState from, EventState to) {
    assertThat(from.canMoveTo(to)).isTrue();
    assertThat(from.requireTransitionTo(to)).isEqualTo(to);
  }

  @ParameterizedTest
  @CsvSource({
    "HELD, PLANNED",
    "HELD, CANCELLED",
    "CANCELLED, PLANNED",
    "CANCELLED, HELD",
    "PLANNED, PLANNED"
  })
  void heldAndCancelledAreFinal(EventState from, EventState to) {
    assertThatThrownBy(() -> from.requireTransitionTo(to))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("event cannot move from " + from + " to " + to);
  }

  @Test
  void finalStates() {
    assertThat(EventState.PLANNED.isFinal()).isFalse();
    assertThat(EventState.HELD.isFinal()).isTrue();
    assertThat(EventState.CANCELLED.isFinal()).isTrue();
    assertThatThrownBy(() -> EventState.PLANNED.requireTransitionTo(null))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("HELD, CANCELLED");
  }

  // --- the aggregate ---------------------------------------------------------------------------

  @Test
  void aNewEventIsPlannedAndHeldOnceStartedWithItsCountsFinal() {
    Event event = new Event(crepite(LONS), Visibility.NODE_PUBLIC, BEFORE);
    assertThat(event.state()).isEqualTo(EventState.PLANNED);
    assertThat(event.visibility()).isEqualTo(Visibility.NODE_PUBLIC);

    assertThatThrownBy(() -> event.moveTo(EventState.HELD, BEFORE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("only once it has started")
        .hasMessageContaining("2024-09-13T18:30");
    assertThat(event.state()).isEqualTo(EventState.PLANNED);

    event.moveTo(EventState.HELD, DURING);
    assertThat(event.state()).isEqualTo(EventState.HELD);
    assertThat(event.counts()).isEqualTo(LONS);
    assertThat(event.updatedAt()).isEqualTo(DURING);

    // Counts may still be corrected once held.
    EventCounts corrected = new EventCounts(180, 174, 49, 24, 19, 252, 15, null);
    event.describe(crepite(corrected), DURING);
    assertThat(event.description().counts()).isEqualTo(corrected);
  }

  @Test
  void aCancelledEventKeepsNoCounts() {
    Event event = new Event(crepite(LONS), Visibility.NODE_PUBLIC, BEFORE);
    event.moveTo(EventState.CANCELLED, BEFORE);
    assertThat(event.counts().isEmpty()).isTrue();
    assertThatThrownBy(() -> event.describe(crepite(LONS), BEFORE))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("cancelled");
    event.describe(crepite(EventCounts.NONE), BEFORE); // other edits are fine
    assertThatThrownBy(() -> event.moveTo(EventState.HELD, DURING))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void theDescriptionRoundTrips() {
    EventDescription described = crepite(LONS);
    Event event = new Event(described, Visibility.PUBLIC, BEFORE);
    assertThat(event.description())
        .usingRecursiveComparison()
        .ignoringFields("visibility")
        .isEqualTo(described);
    assertThat(event.description().visibility())
        .as("the default given")
        .isEqualTo(Visibility.PUBLIC);
  }

  // --- the description's rules -----------------------------------------------------------------

  @Test
  void linksAreDistinctAndSortedThemesKeepTheirOrder() {
    EventDescription d =
        new EventDescription(
            EventType.IDEATION_EVENING,
            " Crépîte ",
            null,
            CREPITE_START,
            CREPITE_START.plusHours(4),
            PARIS,
            new EventPlace(null, "Lons-le-Saunier", null),
            null,
            null,
            List.of(3L, 1L, 3L),
            List.of(9L, 7L),
            null,
            List.of("food", " mobility ", "food", ""),
            null,
            null);
    assertThat(d.title()).isEqualTo("Crépîte");
    assertThat(d.challengeIds()).containsExactly(1L, 3L);
    assertThat(d.solutionIdeaIds()).containsExactly(7L, 9L);
    assertThat(d.themes()).containsExactly("food", "mobility");
    assertThat(d.counts()).isEqualTo(EventCounts.NONE);
    assertThat(d.visibility()).as("the node's default, put by the application").isNull();
    assertThat(d.startInstant()).isEqualTo(Instant.parse("2024-09-13T16:30:00Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Europe/Paris", "Europe/Luxembourg", "America/Cayenne"})
  void territoryZonesAreAccepted(String zone) {
    assertThat(at(ZoneId.of(zone), CREPITE_START, CREPITE_START.plusHours(3)).timeZone().getId())
        .isEqualTo(zone);
  }

  @Test
  void aBareOffsetIsNotATimeZone() {
    assertViolation(
        () -> at(ZoneId.of("+02:00"), CREPITE_START, CREPITE_START.plusHours(3)), "timeZone");
    assertViolation(() -> at(null, CREPITE_START, CREPITE_START.plusHours(3)), "timeZone");
  }

  @Test
  void theEndComesAfterTheStartAsInstants() {
    assertViolation(() -> at(PARIS, CREPITE_START, CREPITE_START), "endsAt");
    assertViolation(() -> at(PARIS, CREPITE_START, CREPITE_START.minusMinutes(1)), "endsAt");
    assertViolation(() -> at(PARIS, CREPITE_START, CREPITE_START.plusDays(32)), "endsAt");
    // 27 October 2024, Paris: 02:30 (+02:00) → 02:10 the second time (+01:00) is 40 minutes
    // later, but the first 02:10 is taken: an ambiguous local time means the earlier offset.
    assertViolation(
        () ->
            at(PARIS, LocalDateTime.of(2024, 10, 27, 2, 30), LocalDateTime.of(2024, 10, 27, 2, 10)),
        "endsAt");
  }

  @Test
  void aLocalTimeTheClocksSkipDoesNotExist() {
    // 31 March 2024, Paris: 02:00 → 03:00.
    DomainRuleViolation gap =
        assertViolation(
            () ->
                at(
                    PARIS,
                    LocalDateTime.of(2024, 3, 31, 2, 30),
                    LocalDateTime.of(2024, 3, 31, 5, 0)),
            "startsAt");
    assertThat(gap).hasMessageContaining("skip");
    // Cayenne has no clock change: the same local time exists there.
    assertThat(
            at(
                    ZoneId.of("America/Cayenne"),
                    LocalDateTime.of(2024, 3, 31, 2, 30),
                    LocalDateTime.of(2024, 3, 31, 5, 0))
                .startInstant())
        .isEqualTo(Instant.parse("2024-03-31T05:30:00Z"));
  }

  @Test
  void aPlaceOrAnOnlineAddressOrBoth() {
    assertViolation(() -> withPlace(null, null), "place");
    assertViolation(() -> withPlace(null, "ftp://visio.example/x"), "onlineUrl");
    assertThat(withPlace(null, "https://visio.example/crepite").onlineUrl())
        .isEqualTo("https://visio.example/crepite");
    assertViolation(() -> new EventPlace(" ", null, ""), "place");
    assertThat(new EventPlace("Salle des fêtes", "Lons-le-Saunier", "1 rue X").oneLine())
        .isEqualTo("Salle des fêtes, 1 rue X, Lons-le-Saunier");
  }

  @Test
  void countsAreNeverNegativeAndConsistent() {
    assertViolation(
        () -> new EventCounts(-1, null, null, null, null, null, null, null),
        "counts.participantCount");
    assertViolation(
        () -> new EventCounts(null, null, null, null, null, null, -15, null), "counts.tables");
    assertViolation(
        () -> new EventCounts(null, 300, null, null, null, 250, null, null),
        "counts.contributorCount");
    assertThat(LONS.isEmpty()).isFalse();
    assertThat(new EventCounts(0, 0, 0, 0, 0, 0, 0, 0).isEmpty()).isFalse();
  }

  @Test
  void dreamCollectionOnlyFieldsNeedADreamCollection() {
    assertViolation(
        () -> dreamCollection(EventType.WORKSHOP, DreamCollectionFormat.STAND, null),
        "collectionFormat");
    assertViolation(
        () ->
            dreamCollection(
                EventType.IDEATION_EVENING,
                null,
                new EventCounts(null, null, null, null, null, null, null, 86)),
        "counts.dreamCount");
    EventDescription seNourrir =
        dreamCollection(
            EventType.DREAM_COLLECTION,
            DreamCollectionFormat.STAND,
            new EventCounts(null, null, null, null, null, null, null, 86));
    assertThat(seNourrir.counts().dreamCount()).isEqualTo(86);
  }

  @Test
  void idsMustBeIds() {
    assertViolation(
        () ->
            new EventDescription(
                EventType.WORKSHOP,
                "Atelier",
                null,
                CREPITE_START,
                CREPITE_START.plusHours(2),
                PARIS,
                new EventPlace("Tiers-lieu", null, null),
                null,
                0L,
                List.of(),
                List.of(),
                null,
                List.of(),
                null,
                null),
        "campaignId");
  }

  private static DomainRuleViolation assertViolation(Runnable build, String field) {
    try {
      build.run();
    } catch (DomainRuleViolation e) {
      assertThat(e.field()).isEqualTo(field);
      return e;
    }
    throw new AssertionError("expected a violation of " + field);
  }

  static EventDescription crepite(EventCounts counts) {
    return new EventDescription(
        EventType.IDEATION_EVENING,
        "Crépîte, grande soirée d'idéation",
        "15 défis travaillés en tables.",
        CREPITE_START,
        CREPITE_START.plusHours(4),
        PARIS,
        new EventPlace("Salle des fêtes", "Lons-le-Saunier", null),
        null,
        1L,
        List.of(1L, 2L, 3L),
        List.of(),
        null,
        List.of("food"),
        counts,
        null);
  }

  private static EventDescription at(ZoneId zone, LocalDateTime start, LocalDateTime end) {
    return new EventDescription(
        EventType.IDEATION_EVENING,
        "Soirée",
        null,
        start,
        end,
        zone,
        new EventPlace(null, "Cayenne", null),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static EventDescription withPlace(EventPlace place, String onlineUrl) {
    return new EventDescription(
        EventType.CONFERENCE,
        "Colloque",
        null,
        CREPITE_START,
        CREPITE_START.plusHours(3),
        PARIS,
        place,
        onlineUrl,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static EventDescription dreamCollection(
      EventType type, DreamCollectionFormat format, EventCounts counts) {
    return new EventDescription(
        type,
        "Remontée des rêves « se nourrir »",
        null,
        LocalDateTime.of(2024, 6, 8, 10, 0),
        LocalDateTime.of(2024, 6, 8, 12, 30),
        PARIS,
        new EventPlace("Marché couvert", "Lons-le-Saunier", null),
        null,
        null,
        null,
        null,
        format,
        List.of("food"),
        counts,
        null);
  }
}
