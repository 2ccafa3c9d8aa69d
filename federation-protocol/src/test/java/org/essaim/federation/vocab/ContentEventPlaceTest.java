// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.junit.jupiter.api.Test;

/** Notes, Articles, Events and Places: built, written, read back, and read from other servers. */
class ContentEventPlaceTest {

  private static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();
  private static final URI MIRAMAS = URI.create("https://miramas.essaim.example/actor");

  @Test
  void articleInTwoLanguagesRoundTrips() {
    ContentObject sheet =
        ContentObject.article(URI.create("https://lons.essaim.example/fiches/animer-une-soiree"))
            .name("Animer une soirée de créativité", "fr")
            .name("Running a creativity evening", "en")
            .summary("Fiche pratique du réseau", "fr")
            .content("<p>Préparer les défis, accueillir, faire émerger les solutions.</p>", "fr")
            .attributedTo(URI.create("https://lons.essaim.example/actor"))
            .published(Instant.parse("2025-03-01T09:00:00Z"))
            .url(URI.create("https://lons.essaim.example/fiches/animer-une-soiree.html"))
            .to(URI.create(As.PUBLIC))
            .build();

    ContentObject read = new ContentObject(CODEC.read(CODEC.writeBytes(sheet.asObject())));

    assertThat(read).isEqualTo(sheet);
    assertThat(read.isArticle()).isTrue();
    assertThat(read.name())
        .containsEntry("fr", "Animer une soirée de créativité")
        .containsEntry("en", "Running a creativity evening");
    assertThat(read.published()).contains(Instant.parse("2025-03-01T09:00:00Z"));
  }

  @Test
  void noteRoundTrips() {
    ContentObject note =
        ContentObject.note(URI.create("https://miramas.essaim.example/notes/1"))
            .content("<p>150 participants, 16 défis !</p>", "fr")
            .attributedTo(MIRAMAS)
            .build();
    assertThat(new ContentObject(CODEC.read(CODEC.writeBytes(note.asObject())))).isEqualTo(note);
  }

  @Test
  void eveningWithPlaceRoundTrips() {
    Event evening =
        Event.builder(
                URI.create("https://miramas.essaim.example/events/des-idees-au-taquet-2024"),
                Instant.parse("2024-10-17T16:30:00Z"))
            .name("Des Idées au Taquet", "fr")
            .endTime(Instant.parse("2024-10-17T20:00:00Z"))
            .location(new Place("Miramas", Optional.of(43.5814), Optional.of(5.0017)))
            .attributedTo(MIRAMAS)
            .build();

    Event read = new Event(CODEC.read(CODEC.writeBytes(evening.asObject())));

    assertThat(read).isEqualTo(evening);
    assertThat(read.location())
        .contains(new Place("Miramas", Optional.of(43.5814), Optional.of(5.0017)));
    assertThat(read.name("fr")).contains("Des Idées au Taquet");
  }

  @Test
  void mobilizonEventReadsAsAnEventWithItsPlace() throws IOException {
    try (InputStream in =
        getClass().getResourceAsStream("/fixtures/mobilizon.example/events/event.json")) {
      Event event = new Event(CODEC.read(in.readAllBytes()));
      assertThat(event.startTime()).isEqualTo(Instant.parse("2024-11-08T08:00:00Z"));
      assertThat(event.location())
          .hasValueSatisfying(
              p -> {
                assertThat(p.name()).isEqualTo("Salle des fêtes");
                assertThat(p.latitude()).contains(48.6921);
              });
    }
  }

  @Test
  void shapesAreChecked() {
    assertThatThrownBy(() -> new Place("Nowhere", Optional.of(91.0), Optional.of(0.0)))
        .isInstanceOf(VocabularyException.class);
    assertThatThrownBy(() -> new Place("Half", Optional.of(45.0), Optional.empty()))
        .isInstanceOf(VocabularyException.class);
    assertThatThrownBy(() -> new Event(AsObject.builder().type(As.EVENT).build()))
        .hasMessageContaining("startTime");
    assertThatThrownBy(() -> new ContentObject(AsObject.builder().type(As.EVENT).build()))
        .isInstanceOf(VocabularyException.class);
  }
}
