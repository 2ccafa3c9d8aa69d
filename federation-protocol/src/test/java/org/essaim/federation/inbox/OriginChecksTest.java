// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.essaim.federation.inbox.OriginViolationException.Reason;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.MultikeyMethod;
import org.essaim.federation.vocab.PublicKey;
import org.junit.jupiter.api.Test;

class OriginChecksTest {

  private static final URI MIRAMAS = URI.create("https://miramas.essaim.example/actor");
  private static final URI RSA_KEY = URI.create(MIRAMAS + "#main-key");
  private static final URI ED_KEY = URI.create(MIRAMAS + "#ed25519-key");

  private static Actor miramas() {
    return Actor.builder(
            ActorType.ORGANIZATION, MIRAMAS, URI.create("https://miramas.essaim.example/inbox"))
        .publicKey(new PublicKey(RSA_KEY, MIRAMAS, "PEM"))
        .assertionMethod(new MultikeyMethod(ED_KEY, MIRAMAS, "z6Mk"))
        .build();
  }

  @Test
  void keysListedByTheActorAreAccepted() {
    assertThatCode(() -> OriginChecks.requireKeyOwnedBy(RSA_KEY, miramas()))
        .doesNotThrowAnyException();
    assertThatCode(() -> OriginChecks.requireKeyOwnedBy(ED_KEY, miramas()))
        .doesNotThrowAnyException();
  }

  @Test
  void aValidKeyOfSomeoneElseDoesNotSpeakForTheActor() {
    // The attacker signs with their own valid key but claims to be Miramas.
    assertReason(
        () ->
            OriginChecks.requireKeyOwnedBy(
                URI.create("https://evil.example/actor#main-key"), miramas()),
        Reason.KEY_NOT_OWNED_BY_ACTOR);
    // A key listed in the actor but naming another owner is not the actor's either.
    Actor lying =
        Actor.builder(
                ActorType.ORGANIZATION, MIRAMAS, URI.create("https://miramas.essaim.example/inbox"))
            .publicKey(new PublicKey(RSA_KEY, URI.create("https://evil.example/actor"), "PEM"))
            .build();
    assertReason(
        () -> OriginChecks.requireKeyOwnedBy(RSA_KEY, lying), Reason.KEY_NOT_OWNED_BY_ACTOR);
  }

  @Test
  void createOfAnObjectFromAnotherOriginIsRefused() {
    AsObject forged =
        AsObject.builder()
            .id("https://grenoble.essaim.example/projects/1")
            .type(As.ARTICLE)
            .build();
    Activity create =
        Activity.builder(ActivityType.CREATE)
            .id(URI.create("https://miramas.essaim.example/create/1"))
            .actor(MIRAMAS)
            .object(forged)
            .build();
    assertReason(() -> OriginChecks.requireSameOrigin(create), Reason.OBJECT_ORIGIN_MISMATCH);
  }

  @Test
  void deleteOrUpdateOfAnObjectReferencedOnAnotherOriginIsRefused() {
    for (ActivityType type : new ActivityType[] {ActivityType.DELETE, ActivityType.UPDATE}) {
      Activity activity =
          Activity.builder(type)
              .id(URI.create("https://miramas.essaim.example/activities/1"))
              .actor(MIRAMAS)
              .object(URI.create("https://grenoble.essaim.example/projects/1"))
              .build();
      assertReason(() -> OriginChecks.requireSameOrigin(activity), Reason.OBJECT_ORIGIN_MISMATCH);
    }
    Activity own =
        Activity.builder(ActivityType.DELETE)
            .id(URI.create("https://miramas.essaim.example/activities/2"))
            .actor(MIRAMAS)
            .object(URI.create("https://miramas.essaim.example/projects/1"))
            .build();
    OriginChecks.requireSameOrigin(own);
  }

  @Test
  void activityIdOnAnotherOriginIsRefused() {
    Activity follow =
        Activity.builder(ActivityType.FOLLOW)
            .id(URI.create("https://evil.example/follow/1"))
            .actor(MIRAMAS)
            .object(URI.create("https://grenoble.essaim.example/actor"))
            .build();
    assertReason(() -> OriginChecks.requireSameOrigin(follow), Reason.ACTIVITY_ORIGIN_MISMATCH);
  }

  @Test
  void objectAttributedToSomeoneElseIsRefused() {
    AsObject note =
        AsObject.builder()
            .id("https://miramas.essaim.example/notes/1")
            .type(As.NOTE)
            .reference(As.ATTRIBUTED_TO, "https://grenoble.essaim.example/actor")
            .build();
    Activity update = Activity.builder(ActivityType.UPDATE).actor(MIRAMAS).object(note).build();
    assertReason(() -> OriginChecks.requireSameOrigin(update), Reason.ATTRIBUTION_MISMATCH);
  }

  @Test
  void announceAndAcceptMayEmbedOthersObjects() {
    AsObject theirFollow =
        AsObject.builder()
            .id("https://grenoble.essaim.example/follows/9")
            .type(As.FOLLOW)
            .reference(As.ACTOR, "https://grenoble.essaim.example/actor")
            .build();
    Activity accept =
        Activity.builder(ActivityType.ACCEPT)
            .id(URI.create("https://miramas.essaim.example/accept/9"))
            .actor(MIRAMAS)
            .object(theirFollow)
            .build();
    assertThatCode(() -> OriginChecks.requireSameOrigin(accept)).doesNotThrowAnyException();
    AsObject own =
        AsObject.builder()
            .id("https://miramas.essaim.example/projects/2")
            .type(As.ARTICLE)
            .reference(As.ATTRIBUTED_TO, MIRAMAS)
            .build();
    Activity create =
        Activity.builder(ActivityType.CREATE)
            .id(URI.create("https://MIRAMAS.essaim.example:443/create/2"))
            .actor(MIRAMAS)
            .object(own)
            .build();
    assertThatCode(() -> OriginChecks.requireSameOrigin(create)).doesNotThrowAnyException();
  }

  @Test
  void fetchedDocumentMustCarryTheAddressItCameFrom() {
    AsObject actor = miramas().asObject();
    assertThatCode(() -> OriginChecks.requireFetchedId(MIRAMAS, actor)).doesNotThrowAnyException();
    assertReason(
        () ->
            OriginChecks.requireFetchedId(
                URI.create("https://miramas.essaim.example/uploads/evil.json"), actor),
        Reason.FETCHED_ID_MISMATCH);
  }

  @Test
  void originsCompareSchemeHostAndPort() {
    assertThat(
            OriginChecks.sameOrigin(
                URI.create("https://a.example/x"), URI.create("https://A.example:443/y")))
        .isTrue();
    assertThat(
            OriginChecks.sameOrigin(
                URI.create("https://a.example/x"), URI.create("http://a.example/x")))
        .isFalse();
    assertThat(
            OriginChecks.sameOrigin(
                URI.create("https://a.example/x"), URI.create("https://a.example:8443/x")))
        .isFalse();
    assertThat(
            OriginChecks.sameOrigin(
                URI.create("https://a.example/x"), URI.create("https://b.a.example/x")))
        .isFalse();
    assertThat(OriginChecks.sameOrigin(URI.create("urn:x"), URI.create("https://a.example/x")))
        .isFalse();
  }

  private static void assertReason(Runnable check, Reason reason) {
    assertThatThrownBy(check::run)
        .isInstanceOf(OriginViolationException.class)
        .satisfies(e -> assertThat(((OriginViolationException) e).reason()).isEqualTo(reason));
  }
}
