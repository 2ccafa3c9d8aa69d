// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.Event;
import org.essaim.federation.vocab.Place;
import org.essaim.node.domain.model.remote.CopyAudience;
import org.essaim.node.domain.model.remote.CopyContent;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectKind;
import org.junit.jupiter.api.Test;

/** Peers' events read from their copies for the network calendar. */
class NetworkCalendarTest {

  static final URI GRENOBLE = URI.create("https://grenoble.example/actors/territory");
  static final URI EVENT = URI.create("https://grenoble.example/objects/events/4");
  static final Instant START = Instant.parse("2027-03-10T17:30:00Z");

  final NetworkCalendar calendar = new NetworkCalendar();

  static RemoteObject copy(String document, CopyAudience audience) {
    return new RemoteObject(
        EVENT,
        GRENOBLE,
        new CopyContent(
            RemoteObjectKind.EVENT,
            audience,
            document,
            "Soirée (nom de la copie)",
            null,
            List.of(),
            null,
            START,
            START),
        START);
  }

  @Test
  void anAs2EventGivesItsTimesPlaceAndOrigin() {
    Event event =
        Event.builder(EVENT, START)
            .name("Soirée des idées", "fr")
            .endTime(START.plusSeconds(9000))
            .location(new Place("Maison des associations", Optional.empty(), Optional.empty()))
            .attributedTo(GRENOBLE)
            .build();
    String document = new ActivityStreamsCodec().writeString(event.asObject());
    NetworkCalendar.Item item = calendar.remote(copy(document, CopyAudience.NETWORK)).orElseThrow();
    assertThat(item.title()).isEqualTo("Soirée des idées");
    assertThat(item.start()).isEqualTo(START);
    assertThat(item.end()).contains(START.plusSeconds(9000));
    assertThat(item.location()).contains("Maison des associations");
    assertThat(item.origin()).contains(GRENOBLE);
    assertThat(item.audience()).isEqualTo("NETWORK");
    assertThat(item.objectId()).contains(EVENT);
    assertThat(item.local()).isEmpty();
  }

  @Test
  void anEndBeforeTheStartIsDropped() {
    Event event = Event.builder(EVENT, START).endTime(START.minusSeconds(60)).build();
    String document = new ActivityStreamsCodec().writeString(event.asObject());
    NetworkCalendar.Item item = calendar.remote(copy(document, CopyAudience.PUBLIC)).orElseThrow();
    assertThat(item.end()).isEmpty();
    assertThat(item.title()).isEqualTo("Soirée (nom de la copie)");
  }

  @Test
  void malformedOrNonEventCopiesAreLeftOut() {
    assertThat(calendar.remote(copy("{\"broken", CopyAudience.PUBLIC))).isEmpty();
    assertThat(
            calendar.remote(
                copy(
                    "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\""
                        + EVENT
                        + "\",\"type\":\"Event\",\"name\":\"Sans date\"}",
                    CopyAudience.PUBLIC)))
        .isEmpty();
    assertThat(
            calendar.remote(
                copy(
                    "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\""
                        + EVENT
                        + "\",\"type\":\"Note\",\"content\":\"x\"}",
                    CopyAudience.PUBLIC)))
        .isEmpty();
  }
}
