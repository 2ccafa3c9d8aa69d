// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.essaim.federation.inbox.OriginViolationException;
import org.essaim.federation.keys.PemKeys;
import org.essaim.federation.sig.CavageSigner;
import org.essaim.federation.sig.HttpFields;
import org.essaim.federation.sig.Rfc9421Signer;
import org.essaim.federation.sig.SignableRequest;
import org.essaim.federation.sig.SignatureVerificationException;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.federation.vocab.PublicKey;
import org.essaim.node.infrastructure.federation.http.RemoteRequestException;
import org.essaim.node.infrastructure.federation.remote.RemoteActors;
import org.junit.jupiter.api.Test;

/** Key lookup through the actor cache, the refetch after a key rotation, key ownership. */
class SignedRequestsTest {

  static final URI PEER = URI.create("https://grenoble.example/actors/territory");
  static final URI KEY = URI.create(PEER + "#main-key");
  static final URI INBOX = URI.create("https://lons.example/inbox");
  static final byte[] BODY = "{\"type\":\"Follow\"}".getBytes(StandardCharsets.UTF_8);

  final KeyPair oldKey = rsa();
  final KeyPair newKey = rsa();
  final List<String> fetches = new ArrayList<>();
  OffsetDateTime cachedAt = OffsetDateTime.now().minusHours(1);

  static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Actor actor(KeyPair key, URI owner) {
    return Actor.builder(ActorType.ORGANIZATION, PEER, URI.create(PEER + "/inbox"))
        .publicKey(new PublicKey(KEY, owner, PemKeys.encodePublicKey(key.getPublic())))
        .build();
  }

  SignedRequests verifier(Actor cached, Actor fetched) {
    SignedRequests requests = new SignedRequests();
    requests.actors =
        new RemoteActors() {
          @Override
          public Resolved resolve(URI id) {
            fetches.add("cache " + id);
            return cached != null
                ? new Resolved(cached, true, cachedAt)
                : new Resolved(refresh(id), false, OffsetDateTime.now());
          }

          @Override
          public Actor refresh(URI id) {
            fetches.add("fetch " + id);
            if (fetched == null) {
              throw new RemoteRequestException("Address refused: private address");
            }
            return fetched;
          }
        };
    return requests;
  }

  static Map<String, List<String>> signed(SignableRequest request) {
    return request.headers().asMap();
  }

  static SignableRequest rfc9421(KeyPair key) {
    return Rfc9421Signer.builder(KEY.toString(), key.getPrivate())
        .build()
        .sign(
            SignableRequest.post(
                INBOX, HttpFields.of("content-type", "application/activity+json"), BODY));
  }

  @Test
  void aCachedKeyVerifiesWithoutFetching() {
    VerifiedRequester requester =
        verifier(actor(oldKey, PEER), null).verify("POST", INBOX, signed(rfc9421(oldKey)), BODY);
    assertThat(requester).isEqualTo(new VerifiedRequester(PEER, KEY));
    assertThat(fetches).containsExactly("cache " + PEER);
  }

  @Test
  void aRotatedKeyIsFetchedOnceMore() {
    VerifiedRequester requester =
        verifier(actor(oldKey, PEER), actor(newKey, PEER))
            .verify("POST", INBOX, signed(rfc9421(newKey)), BODY);
    assertThat(requester.actor()).isEqualTo(PEER);
    assertThat(fetches).containsExactly("cache " + PEER, "fetch " + PEER);
  }

  @Test
  void aDocumentCachedLessThanAMinuteAgoIsNotFetchedAgain() {
    cachedAt = OffsetDateTime.now().minusSeconds(10);
    assertThatThrownBy(
            () ->
                verifier(actor(oldKey, PEER), actor(newKey, PEER))
                    .verify("POST", INBOX, signed(rfc9421(newKey)), BODY))
        .isInstanceOf(SignatureVerificationException.class);
    assertThat(fetches).containsExactly("cache " + PEER);
    OffsetDateTime now = OffsetDateTime.now();
    assertThat(SignedRequests.oldEnoughToRefetch(now.minusSeconds(59), now)).isFalse();
    assertThat(SignedRequests.oldEnoughToRefetch(now.minusSeconds(60), now)).isTrue();
  }

  @Test
  void aFreshlyFetchedKeyThatFailsIsNotFetchedAgain() {
    assertThatThrownBy(
            () ->
                verifier(null, actor(oldKey, PEER))
                    .verify("POST", INBOX, signed(rfc9421(newKey)), BODY))
        .isInstanceOf(SignatureVerificationException.class);
    assertThat(fetches).containsExactly("cache " + PEER, "fetch " + PEER);
  }

  @Test
  void cavageIsAcceptedToo() {
    SignableRequest request =
        CavageSigner.builder(KEY.toString(), oldKey.getPrivate())
            .build()
            .sign(
                SignableRequest.post(
                    INBOX, HttpFields.of("content-type", "application/activity+json"), BODY));
    assertThat(
            verifier(actor(oldKey, PEER), null)
                .verify("POST", INBOX, signed(request), BODY)
                .keyId())
        .isEqualTo(KEY);
  }

  @Test
  void anUnreachableKeyIsAnUnknownKey() {
    assertThatThrownBy(
            () -> verifier(null, null).verify("POST", INBOX, signed(rfc9421(oldKey)), BODY))
        .isInstanceOfSatisfying(
            SignatureVerificationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(SignatureVerificationException.Reason.UNKNOWN_KEY);
              assertThat(e.getMessage()).contains("could not be fetched");
            });
  }

  @Test
  void aKeyNamingAnotherOwnerIsRefused() {
    Actor lying = actor(oldKey, URI.create("https://grenoble.example/actors/instance"));
    assertThatThrownBy(
            () -> verifier(lying, null).verify("POST", INBOX, signed(rfc9421(oldKey)), BODY))
        .isInstanceOf(OriginViolationException.class);
  }

  @Test
  void theActorOfAKeyIsTheKeyWithoutItsFragment() {
    assertThat(SignedRequests.actorOf(KEY)).isEqualTo(PEER);
    assertThat(SignedRequests.actorOf(PEER)).isEqualTo(PEER);
  }
}
