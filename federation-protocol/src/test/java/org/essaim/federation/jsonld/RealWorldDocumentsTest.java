// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Sec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Documents as other fediverse servers send them are read, and survive a write/read round trip. */
class RealWorldDocumentsTest {

  private static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();

  @Test
  void mastodonActorWithItsKey() {
    AsObject actor =
        CODEC.read(Fixtures.bytes("fixtures/mastodon.social/users/Gargron/actor.json"));

    assertThat(actor.hasType(As.PERSON)).isTrue();
    assertThat(actor.reference(As.INBOX))
        .contains(URI.create("https://mastodon.social/users/Gargron/inbox"));
    assertThat(actor.string(As.PREFERRED_USERNAME)).contains("Gargron");
    assertThat(actor.embedded(As.ENDPOINTS).get(0).reference(As.SHARED_INBOX))
        .contains(URI.create("https://mastodon.social/inbox"));
    AsObject key = actor.embedded(Sec.PUBLIC_KEY).get(0);
    assertThat(key.id()).contains(URI.create("https://mastodon.social/users/Gargron#main-key"));
    assertThat(key.reference(Sec.OWNER))
        .contains(URI.create("https://mastodon.social/users/Gargron"));
    assertThat(key.string(Sec.PUBLIC_KEY_PEM))
        .hasValueSatisfying(pem -> assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----"));
    // Mastodon's own terms are not ActivityStreams: kept under their IRIs.
    assertThat(actor.bool("http://joinmastodon.org/ns#discoverable")).contains(true);
  }

  @Test
  void mastodonCreateNoteWithLanguageMapAndHashtag() {
    AsObject create =
        CODEC.read(Fixtures.bytes("fixtures/mastodon.social/users/Gargron/create-note.json"));

    assertThat(create.hasType(As.CREATE)).isTrue();
    assertThat(create.reference(As.ACTOR))
        .contains(URI.create("https://mastodon.social/users/Gargron"));
    assertThat(create.references(As.TO)).containsExactly(URI.create(As.PUBLIC));
    AsObject note = create.embedded(As.OBJECT).get(0);
    assertThat(note.hasType(As.NOTE)).isTrue();
    assertThat(note.languageMap(As.CONTENT)).containsKey("fr");
    assertThat(note.string(As.CONTENT))
        .hasValueSatisfying(c -> assertThat(c).contains("tiers-lieux"));
    assertThat(note.instant(As.PUBLISHED)).contains(Instant.parse("2024-11-22T14:05:11Z"));
    assertThat(note.embedded(As.TAG).get(0).hasType(As.HASHTAG)).isTrue();
  }

  @Test
  void goToSocialActorCitesItsOwnContext() {
    AsObject actor = CODEC.read(Fixtures.bytes("fixtures/gts.example/users/admin/actor.json"));
    assertThat(actor.bool(As.MANUALLY_APPROVES_FOLLOWERS)).contains(true);
    assertThat(actor.embedded(Sec.PUBLIC_KEY)).hasSize(1);
  }

  @Test
  void akkomaCitesLitePubOnItsOwnHost() {
    AsObject follow = CODEC.read(Fixtures.bytes("fixtures/akkoma.example/users/follow.json"));
    assertThat(follow.hasType(As.FOLLOW)).isTrue();
    assertThat(follow.reference(As.OBJECT)).contains(URI.create("https://essaim.example/actor"));
  }

  @Test
  void mobilizonEventWithPlace() {
    AsObject event = CODEC.read(Fixtures.bytes("fixtures/mobilizon.example/events/event.json"));
    assertThat(event.hasType(As.EVENT)).isTrue();
    assertThat(event.instant(As.START_TIME)).contains(Instant.parse("2024-11-08T08:00:00Z"));
    AsObject place = event.embedded(As.LOCATION).get(0);
    assertThat(place.hasType(As.PLACE)).isTrue();
    assertThat(place.string(As.NAME)).contains("Salle des fêtes");
  }

  @Test
  void peerTubeVideoWithSeveralUrls() {
    AsObject video = CODEC.read(Fixtures.bytes("fixtures/peertube.example/videos/video.json"));
    assertThat(video.hasType(As.NS + "Video")).isTrue();
    assertThat(video.embedded(As.URL)).hasSize(2);
    assertThat(video.embedded(As.ATTRIBUTED_TO)).hasSize(2);
  }

  @Test
  void misskeyAndLemmy() {
    AsObject create = CODEC.read(Fixtures.bytes("fixtures/misskey.example/notes/create-note.json"));
    assertThat(
            create.embedded(As.OBJECT).get(0).string("https://misskey-hub.net/ns#_misskey_content"))
        .contains("Atelier réemploi samedi à Miramas");
    AsObject page = CODEC.read(Fixtures.bytes("fixtures/lemmy.example/post/page.json"));
    assertThat(page.hasType(As.NS + "Page")).isTrue();
    assertThat(page.reference(As.AUDIENCE))
        .contains(URI.create("https://lemmy.example/c/tierslieux"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "fixtures/mastodon.social/users/Gargron/actor.json",
        "fixtures/mastodon.social/users/Gargron/create-note.json",
        "fixtures/gts.example/users/admin/actor.json",
        "fixtures/misskey.example/notes/create-note.json",
        "fixtures/peertube.example/videos/video.json",
        "fixtures/mobilizon.example/events/event.json",
        "fixtures/akkoma.example/users/follow.json",
        "fixtures/lemmy.example/post/page.json"
      })
  void everyDocumentSurvivesWriteThenRead(String path) {
    AsObject original = CODEC.read(Fixtures.bytes(path));
    byte[] written = CODEC.writeBytes(original);
    assertThat(CODEC.read(written)).isEqualTo(original);
  }
}
