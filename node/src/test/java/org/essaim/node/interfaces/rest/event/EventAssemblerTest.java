// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.EventView;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.domain.model.event.EventDescription;
import org.essaim.node.domain.model.event.EventState;
import org.essaim.node.domain.model.taxonomy.Concept;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.junit.jupiter.api.Test;

class EventAssemblerTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant NOW = Instant.parse("2024-09-14T08:00:00Z");

  private final Taxonomy taxonomy =
      new Taxonomy(
          Map.of(
              TaxonomyScheme.THEMES,
              List.of(new Concept("food", "Alimentation", "Food", Optional.empty(), List.of()))));

  @Test
  void theTerritorysZoneIsTheDefault() {
    EventDescription d =
        EventAssembler.toDescription(document(null, null), List.of(), taxonomy, PARIS);
    assertThat(d.timeZone()).isEqualTo(PARIS);
    assertThat(
            EventAssembler.toDescription(
                    document("America/Cayenne", null), List.of(), taxonomy, PARIS)
                .timeZone())
        .isEqualTo(ZoneId.of("America/Cayenne"));
  }

  @Test
  void everyFieldErrorIsReportedAtOnce() {
    InvalidInputException invalid =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                EventAssembler.toDescription(
                    document("Europe/Atlantis", List.of("food", "nope")),
                    List.of(new FieldError("title", "must not be blank")),
                    taxonomy,
                    PARIS));
    assertThat(invalid.errors().stream().map(FieldError::field))
        .containsExactly("themes[1]", "timeZone", "title");
  }

  @Test
  void aCancelledEventInTheCalendar() {
    EventDescription d =
        EventAssembler.toDescription(document(null, List.of("food")), List.of(), taxonomy, PARIS);
    ICalendarWriter.Entry entry =
        EventAssembler.toEntry(
            new EventView(12, d, EventState.CANCELLED, 4, NOW, NOW),
            "lons.essaim.example",
            URI.create("https://lons.essaim.example"));
    assertThat(entry.uid()).isEqualTo("event-12@lons.essaim.example");
    assertThat(entry.url()).isEqualTo("https://lons.essaim.example/api/events/12");
    assertThat(entry.location()).isEqualTo("Salle des fêtes, Lons-le-Saunier");
    assertThat(entry.cancelled()).isTrue();
    assertThat(entry.categories()).containsExactly("Soirée d'idéation");
    assertThat(entry.sequence()).isEqualTo(4);
    assertThat(EventAssembler.toDocument(new EventView(12, d, EventState.HELD, 4, NOW, NOW)))
        .satisfies(
            doc -> {
              assertThat(doc.countsFinal()).isTrue();
              assertThat(doc.startsAtUtc()).isEqualTo(Instant.parse("2024-09-13T16:30:00Z"));
              assertThat(doc.timeZone()).isEqualTo("Europe/Paris");
            });
  }

  private static EventDocument document(String zone, List<String> themes) {
    return new EventDocument(
        null,
        "IDEATION_EVENING",
        null,
        "Crépîte",
        null,
        "2024-09-13T18:30",
        "2024-09-13T22:30",
        zone,
        null,
        null,
        new PlaceDocument("Salle des fêtes", "Lons-le-Saunier", null),
        null,
        null,
        null,
        null,
        null,
        themes,
        null,
        "NODE_PUBLIC",
        null,
        null,
        null,
        null,
        null);
  }
}
