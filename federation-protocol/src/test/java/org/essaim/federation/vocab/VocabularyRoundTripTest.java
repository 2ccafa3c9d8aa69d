// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vocabulary type survives Java → JSON → Java, and is written the way peers expect. */
class VocabularyRoundTripTest {

  private static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();
  private static final URI NODE = URI.create("https://grenoble.essaim.example/actor");
  private static final URI PEER = URI.create("https://miramas.essaim.example/actor");
  private static final URI FOLLOWERS = URI.create("https://grenoble.essaim.example/followers");
  private static final URI PUBLIC = URI.create(As.PUBLIC);
  private static final Instant WHEN = Instant.parse("2024-10-17T18:30:00Z");

  /** A real RSA-2048 public key (its private half was discarded), so peers can parse it. */
  static final String EXAMPLE_RSA_PUBLIC_KEY =
      "-----BEGIN PUBLIC KEY-----\n"
          + "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAq/xqyrpd5zjlS5d/YBEz\n"
          + "ia+dQWWwINGFNNpodMVjdO+cOuM7Z6iOgPNBI6mDRkdQ11dlnecyICKncbBHoNNY\n"
          + "efKC5OlQ3P7Jz414QLvvLX+e0jG32YTKZErKd1dam5yeBAh6tG7wSMn8VOcmG5+g\n"
          + "msK9LGo+ZPLkTO7JWBDfJ4s7/Xv6j1u8bVcQ58s/McrKpbG6aeB1DLyuhQzUWN1B\n"
          + "3sy2XT6ypKhBle/6KejY89v+QYUR/rBx9SWJHoRZWvIvXFloGfa4bGJJ70szib+O\n"
          + "8a51VVmMTJWz1EYFNPvHHPHtxatSiancghySFwTo7y1tPQUtf8/4EiFLVgr7krlW\n"
          + "7QIDAQAB\n"
          + "-----END PUBLIC KEY-----\n";

  static AsObject note() {
    return AsObject.builder()
        .id("https://grenoble.essaim.example/notes/1")
        .type(As.NOTE)
        .reference(As.ATTRIBUTED_TO, NODE)
        .string(As.CONTENT, "<p>Soirée de créativité jeudi</p>", "fr")
        .string(As.CONTENT, "<p>Creativity evening on Thursday</p>", "en")
        .dateTime(As.PUBLISHED, WHEN)
        .build();
  }

  static AsObject place() {
    return AsObject.builder()
        .type(As.PLACE)
        .string(As.NAME, "Salle polyvalente de Miramas")
        .add(As.LATITUDE, new Literal(jakarta.json.Json.createValue(43.5814), null, null))
        .add(As.LONGITUDE, new Literal(jakarta.json.Json.createValue(5.0017), null, null))
        .build();
  }

  static AsObject event() {
    return AsObject.builder()
        .id("https://miramas.essaim.example/events/des-idees-au-taquet-2024")
        .type(As.EVENT)
        .string(As.NAME, "Des Idées au Taquet", "fr")
        .dateTime(As.START_TIME, Instant.parse("2024-10-17T16:30:00Z"))
        .dateTime(As.END_TIME, Instant.parse("2024-10-17T20:00:00Z"))
        .add(As.LOCATION, place())
        .reference(As.URL, "https://miramas.essaim.example/evenements/des-idees-au-taquet")
        .build();
  }

  static AsObject article() {
    return AsObject.builder()
        .id("https://lons.essaim.example/fiches/animer-une-soiree")
        .type(As.ARTICLE)
        .string(As.NAME, "Animer une soirée de créativité", "fr")
        .string(As.SUMMARY, "Fiche pratique", "fr")
        .reference(As.TAG, "https://lons.essaim.example/tags/methode")
        .build();
  }

  static Stream<Arguments> objects() {
    Activity follow =
        Activity.builder(ActivityType.FOLLOW)
            .id(URI.create(PEER + "#follows/1"))
            .actor(PEER)
            .object(NODE)
            .build();
    return Stream.of(
        Arguments.of(
            "Create{Note}",
            Activity.builder(ActivityType.CREATE)
                .id(URI.create(NODE + "/create/1"))
                .actor(NODE)
                .object(note())
                .to(PUBLIC)
                .cc(FOLLOWERS)
                .published(WHEN)
                .build()
                .asObject()),
        Arguments.of(
            "Update{Event}",
            Activity.builder(ActivityType.UPDATE)
                .actor(PEER)
                .object(event())
                .to(URI.create("https://miramas.essaim.example/followers"))
                .build()
                .asObject()),
        Arguments.of(
            "Delete{Tombstone}",
            Activity.builder(ActivityType.DELETE)
                .actor(NODE)
                .object(
                    new Tombstone(
                            URI.create("https://grenoble.essaim.example/notes/1"),
                            java.util.Optional.of(As.NOTE),
                            java.util.Optional.of(WHEN))
                        .toAsObject())
                .build()
                .asObject()),
        Arguments.of("Follow", follow.asObject()),
        Arguments.of(
            "Accept{Follow}",
            Activity.builder(ActivityType.ACCEPT)
                .actor(NODE)
                .object(follow.asObject())
                .to(PEER)
                .build()
                .asObject()),
        Arguments.of(
            "Reject{Follow}",
            Activity.builder(ActivityType.REJECT)
                .actor(NODE)
                .object(follow.asObject())
                .build()
                .asObject()),
        Arguments.of(
            "Undo{Follow}",
            Activity.builder(ActivityType.UNDO)
                .actor(PEER)
                .object(follow.asObject())
                .build()
                .asObject()),
        Arguments.of(
            "Announce",
            Activity.builder(ActivityType.ANNOUNCE)
                .actor(NODE)
                .object(URI.create("https://miramas.essaim.example/solutions/3"))
                .to(PUBLIC)
                .build()
                .asObject()),
        Arguments.of(
            "Offer",
            Activity.builder(ActivityType.OFFER)
                .actor(NODE)
                .object(article())
                .target(PEER)
                .build()
                .asObject()),
        Arguments.of(
            "Add",
            Activity.builder(ActivityType.ADD)
                .actor(NODE)
                .object(URI.create("https://lons.essaim.example/fiches/animer-une-soiree"))
                .target(URI.create("https://national.essaim.example/collections/fiches"))
                .build()
                .asObject()),
        Arguments.of(
            "Remove",
            Activity.builder(ActivityType.REMOVE)
                .actor(NODE)
                .object(URI.create("https://lons.essaim.example/fiches/1"))
                .target(URI.create("https://national.essaim.example/collections/fiches"))
                .build()
                .asObject()),
        Arguments.of(
            "Flag",
            Activity.builder(ActivityType.FLAG)
                .actor(NODE)
                .object(URI.create("https://spam.example/notes/9"))
                .build()
                .asObject()),
        Arguments.of(
            "Like",
            Activity.builder(ActivityType.LIKE)
                .actor(PEER)
                .object(URI.create("https://grenoble.essaim.example/projects/7"))
                .build()
                .asObject()),
        Arguments.of("Article", article()),
        Arguments.of("Event+Place", event()),
        Arguments.of("Organization actor", organization().asObject()),
        Arguments.of(
            "Application actor",
            Actor.builder(
                    ActorType.APPLICATION,
                    URI.create("https://grenoble.essaim.example/instance"),
                    URI.create("https://grenoble.essaim.example/instance/inbox"))
                .preferredUsername("grenoble.essaim.example")
                .build()
                .asObject()),
        Arguments.of(
            "Group actor",
            Actor.builder(
                    ActorType.GROUP,
                    URI.create("https://national.essaim.example/circles/parrains"),
                    URI.create("https://national.essaim.example/circles/parrains/inbox"))
                .name("Club des parrains", "fr")
                .build()
                .asObject()),
        Arguments.of(
            "Person actor",
            Actor.builder(
                    ActorType.PERSON,
                    URI.create("https://mastodon.example/users/alice"),
                    URI.create("https://mastodon.example/users/alice/inbox"))
                .build()
                .asObject()),
        Arguments.of(
            "OrderedCollection",
            Collection.builder(URI.create("https://grenoble.essaim.example/outbox"), true, false)
                .totalItems(42)
                .first(URI.create("https://grenoble.essaim.example/outbox?page=1"))
                .build()
                .asObject()),
        Arguments.of(
            "OrderedCollectionPage",
            Collection.builder(
                    URI.create("https://grenoble.essaim.example/outbox?page=1"), true, true)
                .partOf(URI.create("https://grenoble.essaim.example/outbox"))
                .next(URI.create("https://grenoble.essaim.example/outbox?page=2"))
                .item(note())
                .item(new IriReference(URI.create("https://grenoble.essaim.example/notes/0")))
                .build()
                .asObject()),
        Arguments.of(
            "Collection",
            Collection.builder(
                    URI.create("https://grenoble.essaim.example/followers"), false, false)
                .totalItems(2)
                .item(new IriReference(PEER))
                .item(new IriReference(URI.create("https://lons.essaim.example/actor")))
                .build()
                .asObject()),
        Arguments.of(
            "CollectionPage",
            Collection.builder(
                    URI.create("https://grenoble.essaim.example/followers?page=1"), false, true)
                .partOf(URI.create("https://grenoble.essaim.example/followers"))
                .item(new IriReference(PEER))
                .build()
                .asObject()));
  }

  static Actor organization() {
    return Actor.builder(
            ActorType.ORGANIZATION, NODE, URI.create("https://grenoble.essaim.example/inbox"))
        .outbox(URI.create("https://grenoble.essaim.example/outbox"))
        .followers(FOLLOWERS)
        .following(URI.create("https://grenoble.essaim.example/following"))
        .sharedInbox(URI.create("https://grenoble.essaim.example/inbox"))
        .preferredUsername("grenoble")
        .name("Start-Up de Territoire Grenoble", "fr")
        .summary("Porté par GAIA", "fr")
        .manuallyApprovesFollowers(true)
        .publicKey(new PublicKey(URI.create(NODE + "#main-key"), NODE, EXAMPLE_RSA_PUBLIC_KEY))
        .assertionMethod(
            new MultikeyMethod(
                URI.create(NODE + "#ed25519-key"),
                NODE,
                "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"))
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objects")
  void survivesWriteThenRead(String name, AsObject object) {
    assertThat(CODEC.read(CODEC.writeBytes(object))).isEqualTo(object);
  }

  @Test
  void actorIsWrittenWithTheKeysMastodonAndFedifyRead() {
    JsonObject json = CODEC.write(organization().asObject());
    assertThat(json.getString("type")).isEqualTo("Organization");
    assertThat(json.getString("inbox")).isEqualTo("https://grenoble.essaim.example/inbox");
    assertThat(json.getJsonObject("publicKey").getString("publicKeyPem")).startsWith("-----BEGIN");
    assertThat(json.getJsonObject("publicKey").getString("owner")).isEqualTo(NODE.toString());
    JsonObject multikey = json.getJsonObject("assertionMethod");
    assertThat(multikey.getString("type")).isEqualTo("Multikey");
    assertThat(multikey.getString("publicKeyMultibase")).startsWith("z6Mk");
    assertThat(json.getJsonObject("endpoints").getString("sharedInbox"))
        .isEqualTo("https://grenoble.essaim.example/inbox");
    assertThat(json.getBoolean("manuallyApprovesFollowers")).isTrue();
    // No Essaim term used: the inline Essaim context is left out.
    assertThat(json.getJsonArray("@context").toString()).doesNotContain("essaim.org");

    Actor read = new Actor(CODEC.read(CODEC.writeBytes(organization().asObject())));
    assertThat(read.publicKeys())
        .singleElement()
        .satisfies(k -> assertThat(k.owner()).isEqualTo(NODE));
    assertThat(read.assertionMethods())
        .singleElement()
        .satisfies(k -> assertThat(k.controller()).isEqualTo(NODE));
    assertThat(read.sharedInbox()).contains(URI.create("https://grenoble.essaim.example/inbox"));
    assertThat(read.type()).contains(ActorType.ORGANIZATION);
  }

  @Test
  void createIsWrittenCompactly() {
    Activity create =
        Activity.builder(ActivityType.CREATE)
            .actor(NODE)
            .object(note())
            .to(PUBLIC)
            .cc(FOLLOWERS)
            .build();
    JsonObject json = CODEC.write(create.asObject());
    assertThat(json.getString("actor")).isEqualTo(NODE.toString());
    assertThat(json.getString("to")).isEqualTo(As.PUBLIC);
    JsonObject object = json.getJsonObject("object");
    assertThat(object.getJsonObject("contentMap").getString("fr")).contains("Soirée");
    assertThat(object.getString("published")).isEqualTo("2024-10-17T18:30:00Z");

    Activity read = new Activity(CODEC.read(CODEC.writeBytes(create.asObject())));
    assertThat(read.type()).contains(ActivityType.CREATE);
    assertThat(read.isPublic()).isTrue();
    assertThat(read.embeddedObject()).contains(note());
  }

  @Test
  void orderedPageKeepsItsOrder() {
    Collection page =
        new Collection(
            CODEC.read(
                CODEC.writeBytes(
                    objects()
                                .filter(a -> a.get()[0].equals("OrderedCollectionPage"))
                                .findFirst()
                                .orElseThrow()
                                .get()[1]
                            instanceof AsObject o
                        ? o
                        : null)));
    assertThat(page.isOrdered()).isTrue();
    assertThat(page.items()).hasSize(2).first().isEqualTo(note());
  }

  @Test
  void languageSurvivesUnderATermWithoutLanguageMap() {
    // preferredUsername has no *Map term in the ActivityStreams context.
    AsObject object =
        AsObject.builder()
            .id("https://lons.essaim.example/fiches/2")
            .type(As.ARTICLE)
            .string(As.PREFERRED_USERNAME, "fiche", "fr")
            .string(As.PREFERRED_USERNAME, "sheet", "en")
            .build();
    assertThat(CODEC.read(CODEC.writeBytes(object))).isEqualTo(object);
  }

  @Test
  void viewsRefuseObjectsThatLackTheEssentials() {
    assertThatThrownBy(() -> new Activity(AsObject.builder().type(As.CREATE).build()))
        .isInstanceOf(VocabularyException.class)
        .hasMessageContaining("actor");
    assertThatThrownBy(() -> new Actor(AsObject.builder().id(NODE).type(As.ORGANIZATION).build()))
        .isInstanceOf(VocabularyException.class)
        .hasMessageContaining("inbox");
    assertThatThrownBy(() -> new Collection(note())).isInstanceOf(VocabularyException.class);
    assertThatThrownBy(() -> Tombstone.from(note())).isInstanceOf(VocabularyException.class);
    assertThatThrownBy(
            () ->
                new Actor(
                        AsObject.builder()
                            .id(NODE)
                            .reference(As.INBOX, NODE)
                            .add(Sec.PUBLIC_KEY, AsObject.builder().id(NODE).build())
                            .build())
                    .publicKeys())
        .isInstanceOf(VocabularyException.class)
        .hasMessageContaining("owner");
    assertThat(List.of(ActivityType.values())).hasSize(13);
  }
}
