// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.infrastructure.federation.publishing.WireFixtures.NOW;
import static org.essaim.node.infrastructure.federation.publishing.WireFixtures.URLS;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.keys.Multikey;
import org.essaim.federation.proof.ObjectIntegrityProofs;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Event;
import org.essaim.federation.vocab.essaim.Challenge;
import org.essaim.federation.vocab.essaim.MethodSheet;
import org.essaim.federation.vocab.essaim.Project;
import org.essaim.federation.vocab.essaim.TransferableSolution;
import org.essaim.node.application.federation.HtmlText;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.essaim.node.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

class WireObjectsTest {

  private static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();

  /** Written, read back: what a peer gets. */
  private static AsObject roundTrip(AsObject object) {
    return CODEC.read(CODEC.writeBytes(object));
  }

  @Test
  void project() {
    AsObject object =
        WireObjects.project(
            WireFixtures.context("GAIA"),
            12,
            WireFixtures.project(
                "Épicerie mobile",
                "Une épicerie qui roule",
                "Elle passe\n\ndans les villages <vite>",
                "fund",
                "impact",
                Visibility.PUBLIC));
    AsObject read = roundTrip(object);
    assertThat(read.types()).contains(As.ARTICLE);
    Project project = Project.from(read);
    assertThat(project.id())
        .isEqualTo(URI.create("https://lons.essaim.example/objects/projects/12"));
    assertThat(project.territory()).isEqualTo(URLS.territoryActor());
    assertThat(project.name().fr()).isEqualTo("Épicerie mobile");
    assertThat(project.summary().fr()).isEqualTo("Une épicerie qui roule");
    assertThat(project.stage()).isEqualTo("emergence");
    assertThat(project.status()).isEqualTo("ACTIVE");
    assertThat(project.origin()).isEqualTo("SUT_CHALLENGE");
    assertThat(project.themes()).containsExactly("food.short-supply-chains");
    assertThat(project.supportModes()).containsExactly("incubation");
    assertThat(project.legalForm()).isEqualTo("scic");
    assertThat(project.carrierOrganization().name()).isEqualTo("GAIA");
    assertThat(project.partners()).extracting(o -> o.name()).containsExactly("GAIA");
    assertThat(project.answersChallenge()).isEqualTo(URLS.challenge(7));
    assertThat(project.pepite()).isTrue();
    assertThat(project.location().level()).isEqualTo("commune");
    assertThat(project.location().code()).isEqualTo("39300");
    assertThat(project.url()).isEqualTo(URLS.restResource(ShareableKind.PROJECT, 12));
    assertThat(read.string(As.CONTENT))
        .contains("<p>Elle passe</p><p>dans les villages &lt;vite&gt;</p>");
  }

  @Test
  void networkProjectsHaveNoPublicPage() {
    AsObject object =
        WireObjects.project(
            WireFixtures.context("GAIA"),
            12,
            WireFixtures.project("T", null, null, "f", "i", Visibility.NETWORK));
    assertThat(object.reference(As.URL)).isEmpty();
    assertThat(object.string(As.CONTENT)).isEmpty();
  }

  @Test
  void methodSheetIsItsPublishedVersion() {
    WireFixtures.Sheet sheet =
        WireFixtures.publishedSheet("Incubateur", "Comment", "Le corps", "alice", "note", "Lons");
    AsObject read =
        roundTrip(
            WireObjects.methodSheet(WireFixtures.context("X"), sheet.sheet(), sheet.version()));
    MethodSheet wire = MethodSheet.from(read);
    assertThat(wire.id()).isEqualTo(URLS.methodSheet(5));
    assertThat(wire.referentTerritory()).isEqualTo(URLS.territoryActor());
    assertThat(wire.name().fr()).isEqualTo("Incubateur");
    assertThat(wire.content().fr()).isEqualTo("<p>Le corps</p>");
    assertThat(wire.version()).isEqualTo("1.0");
    assertThat(wire.status()).isEqualTo("PUBLISHED");
    assertThat(wire.methodSteps()).containsExactly("SUPPORT", "IMPACT");
    assertThat(wire.license()).isEqualTo("CC-BY-SA-4.0");
    assertThat(read.types()).contains(As.ARTICLE);
  }

  @Test
  void solution() {
    AsObject read =
        roundTrip(
            WireObjects.solution(
                WireFixtures.context("GAIA"),
                4,
                WireFixtures.solution("Recyclerie", "Les déchets", "Le modèle", "Un local", "c")));
    TransferableSolution wire = TransferableSolution.from(read);
    assertThat(wire.id()).isEqualTo(URLS.solution(4));
    assertThat(wire.sourceProject()).isEqualTo(URLS.project(3));
    assertThat(wire.summary().fr()).isEqualTo("Les déchets");
    assertThat(wire.transferConditions().fr()).isEqualTo("Un local");
    assertThat(wire.transferMode()).isEqualTo("OPEN_METHOD");
    assertThat(wire.contactOrganization().name()).isEqualTo("GAIA");
    assertThat(wire.themes()).containsExactly("food.waste");
    assertThat(wire.url()).isNull();
    assertThat(read.string(As.CONTENT)).contains("<p>Le modèle</p>");
  }

  @Test
  void challengeIsTitleThemesAndStateOnly() {
    AsObject read =
        roundTrip(
            WireObjects.challenge(
                WireFixtures.context("X"),
                9,
                WireFixtures.challenge("Réemployer les déchets du BTP ?", "statement")));
    Challenge wire = Challenge.from(read);
    assertThat(wire.id()).isEqualTo(URLS.challenge(9));
    assertThat(wire.status()).isEqualTo("SELECTED_FOR_EVENING");
    assertThat(wire.themes()).containsExactly("mobility");
    assertThat(read.properties().keySet()).doesNotContain(As.SUMMARY, As.CONTENT);
  }

  @Test
  void eventIsAnActivityStreamsEventWithPlaceAndTimes() {
    AsObject read =
        roundTrip(
            WireObjects.event(
                WireFixtures.context("X"),
                8,
                WireFixtures.event(
                    "Atelier vélo", "On répare", "Salle des fêtes", Visibility.PUBLIC)));
    Event event = new Event(read);
    assertThat(event.id()).contains(URLS.event(8));
    assertThat(event.startTime()).isEqualTo(Instant.parse("2026-12-03T17:30:00Z"));
    assertThat(event.endTime()).contains(Instant.parse("2026-12-03T20:00:00Z"));
    assertThat(event.location().orElseThrow().name())
        .isEqualTo("Salle des fêtes, 1 rue des Écoles, Lons-le-Saunier");
    assertThat(event.url()).contains(URLS.restResource(ShareableKind.EVENT, 8));
    assertThat(read.string(As.CONTENT)).contains("<p>On répare</p>");
    assertThat(read.reference(As.ATTRIBUTED_TO)).contains(URLS.territoryActor());
  }

  @Test
  void timesAreAddedToTheSecond() {
    AsObject object =
        WireObjects.withTimes(
            WireObjects.challenge(WireFixtures.context("X"), 9, WireFixtures.challenge("T", "s")),
            Instant.parse("2026-01-01T10:00:00.123Z"),
            NOW);
    assertThat(object.instant(As.PUBLISHED)).contains(Instant.parse("2026-01-01T10:00:00Z"));
    assertThat(object.instant(As.UPDATED)).contains(NOW);
  }

  @Test
  void fingerprintIgnoresTimesButNotContentNorAudience() {
    AsObject object =
        WireObjects.challenge(WireFixtures.context("X"), 9, WireFixtures.challenge("T", "s"));
    String base = WireDocuments.fingerprint("PUBLIC", object);
    assertThat(WireDocuments.fingerprint("PUBLIC", WireObjects.withTimes(object, NOW, NOW)))
        .isEqualTo(base);
    assertThat(WireDocuments.fingerprint("NETWORK", object)).isNotEqualTo(base);
    AsObject other =
        WireObjects.challenge(WireFixtures.context("X"), 9, WireFixtures.challenge("U", "s"));
    assertThat(WireDocuments.fingerprint("PUBLIC", other)).isNotEqualTo(base);
  }

  @Test
  void proofVerifiesWithTheActorsMultikeyEmbeddedOrAlone() {
    KeyPair ed25519 = KeyPairs.generateEd25519();
    String multikey = Multikey.encodePublicKey(ed25519.getPublic());
    AsObject object =
        WireObjects.project(
            WireFixtures.context("GAIA"),
            12,
            WireFixtures.project("T", "S", "D", "f", "i", Visibility.PUBLIC));
    JsonObject signed =
        WireDocuments.signed(object, ed25519.getPrivate(), URLS.territoryEd25519Key(), NOW);
    URI method =
        ObjectIntegrityProofs.verifyProof(
            signed,
            key ->
                key.equals(URLS.territoryEd25519Key()) ? Multikey.decodePublicKey(multikey) : null);
    assertThat(method).isEqualTo(URLS.territoryEd25519Key());

    Activity create =
        Activity.builder(ActivityType.CREATE)
            .id(URLS.activity(java.util.UUID.randomUUID()))
            .actor(URLS.territoryActor())
            .object(URLS.project(12))
            .to(URLS.territoryFollowers())
            .published(NOW)
            .build();
    JsonObject activity = WireDocuments.activity(create, signed);
    // The activity is a document any Essaim node reads, and the embedded object keeps its proof.
    AsObject read = CODEC.read(WireDocuments.text(activity).getBytes(StandardCharsets.UTF_8));
    assertThat(new Activity(read).embeddedObject().orElseThrow().id()).contains(URLS.project(12));
    assertThat(
            ObjectIntegrityProofs.verifyProof(
                activity.getJsonObject("object"), key -> Multikey.decodePublicKey(multikey)))
        .isEqualTo(URLS.territoryEd25519Key());
  }

  @Test
  void unknownCodesAreLeftOut() {
    assertThat(WireObjects.themes(List.of("mobility", "Bogus", "food.waste", "mobility")))
        .containsExactly("mobility", "food.waste");
  }

  @Test
  void paragraphsAreEscaped() {
    assertThat(HtmlText.paragraphs("a & b\nc\n\n\"d\""))
        .isEqualTo("<p>a &amp; b<br>c</p><p>&quot;d&quot;</p>");
  }
}
