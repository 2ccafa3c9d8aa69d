// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.essaim.federation.inbox.OriginViolationException;
import org.essaim.federation.sig.SignatureAlgorithm;
import org.essaim.federation.sig.SignatureScheme;
import org.essaim.federation.sig.SignatureVerificationException;
import org.essaim.federation.sig.SignatureVerificationException.Reason;
import org.essaim.federation.sig.VerifiedSignature;
import org.essaim.node.application.federation.PeerPolicy;
import org.essaim.node.infrastructure.federation.inbound.InboxRejection.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order of the inbox checks, each with its rejection and journal entry. */
class InboxTest {

  static final URI PEER = URI.create("https://grenoble.example/actors/territory");
  static final URI KEY = URI.create(PEER + "#main-key");
  static final URI OTHER = URI.create("https://grenoble.example/actors/instance");
  static final String SIGNED = "sig1=:AAAA:";

  final List<String> calls = new ArrayList<>();
  final List<JournalEntry> journal = new ArrayList<>();
  final Set<String> replayKeys = new HashSet<>();
  final Set<URI> activityIds = new HashSet<>();
  RuntimeException signatureFailure;
  URI signer = PEER;
  boolean admitted = true;
  Inbox inbox;

  @BeforeEach
  void setUp() {
    inbox = new Inbox();
    inbox.settings = new InboundSettings();
    inbox.settings.maxBody = 1024;
    inbox.signedRequests =
        new SignedRequests() {
          @Override
          public Verification verifyRequest(
              String method, URI uri, Map<String, List<String>> headers, byte[] body) {
            calls.add("signature");
            if (signatureFailure != null) {
              throw signatureFailure;
            }
            return new Verification(
                new VerifiedRequester(signer, URI.create(signer + "#main-key")),
                new VerifiedSignature(
                    SignatureScheme.RFC9421,
                    "sig1",
                    signer + "#main-key",
                    SignatureAlgorithm.RSA_V1_5_SHA256,
                    Instant.now(),
                    null,
                    List.of("@method")));
          }
        };
    inbox.peers =
        new PeerPolicy() {
          @Override
          public boolean admits(URI actorId) {
            calls.add("admits");
            return admitted;
          }

          @Override
          public boolean follows(URI actorId) {
            return false;
          }

          @Override
          public boolean mayReadNetwork(URI requester) {
            return false;
          }

          @Override
          public Set<URI> followerInboxes() {
            return Set.of();
          }
        };
    inbox.store =
        new InboxStore() {
          @Override
          public long journal(JournalEntry entry) {
            journal.add(entry);
            return journal.size();
          }

          @Override
          public Acceptance accept(Accepted activity) {
            calls.add("accept");
            if (!replayKeys.add(activity.replayKey())) {
              journal.add(
                  new JournalEntry(
                      0,
                      activity.receivedAt(),
                      activity.inbox(),
                      activity.actor(),
                      activity.keyId(),
                      activity.activityId(),
                      activity.activityType(),
                      401,
                      JournalOutcome.REJECTED,
                      "replayed",
                      activity.receivedAt()));
              return Acceptance.REPLAYED;
            }
            return activityIds.add(activity.activityId())
                ? Acceptance.QUEUED
                : Acceptance.DUPLICATE;
          }
        };
  }

  static String follow(String id) {
    return "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\""
        + id
        + "\",\"type\":\"Follow\",\"actor\":\""
        + PEER
        + "\",\"object\":\"https://lons.example/actors/territory\"}";
  }

  InboxRequest request(String contentType, String body, String signature) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return request(contentType, bytes.length, new ByteArrayInputStream(bytes), signature);
  }

  InboxRequest request(String contentType, long length, InputStream body, String signature) {
    Map<String, List<String>> headers =
        signature == null
            ? Map.of()
            : Map.of("signature-input", List.of("sig1=()"), "signature", List.of(signature));
    return new InboxRequest(
        "/inbox", URI.create("https://lons.example/inbox"), contentType, length, headers, body);
  }

  Kind rejected(InboxRequest request) {
    try {
      inbox.receive(request);
    } catch (InboxRejection e) {
      assertThat(journal)
          .last()
          .satisfies(j -> assertThat(j.status()).isEqualTo(e.kind().status()));
      assertThat(journal)
          .last()
          .satisfies(j -> assertThat(j.outcome()).isEqualTo(JournalOutcome.REJECTED));
      return e.kind();
    }
    throw new AssertionError("accepted");
  }

  @Test
  void aValidActivityIsQueued() {
    assertThat(
            inbox.receive(
                request(
                    "application/activity+json", follow("https://grenoble.example/a/1"), SIGNED)))
        .isEqualTo(Inbox.Result.QUEUED);
    assertThat(calls).containsExactly("signature", "admits", "accept");
    assertThat(journal).isEmpty(); // the store journals accepted activities itself
  }

  @Test
  void mediaTypeComesFirst() {
    assertThat(rejected(request("application/json", "{}", null)))
        .isEqualTo(Kind.UNSUPPORTED_MEDIA_TYPE);
    assertThat(rejected(request(null, "{}", null))).isEqualTo(Kind.UNSUPPORTED_MEDIA_TYPE);
    assertThat(calls).isEmpty();
    inbox.receive(
        request(
            "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"",
            follow("https://grenoble.example/a/2"),
            SIGNED));
  }

  @Test
  void sizeComesBeforeTheSignatureAndNothingIsStored() {
    InputStream never =
        new InputStream() {
          @Override
          public int read() {
            throw new AssertionError("the body must not be read");
          }
        };
    assertThat(rejected(request("application/activity+json", 10_000_000, never, null)))
        .isEqualTo(Kind.TOO_LARGE);
    String big = "{\"x\":\"" + "a".repeat(2000) + "\"}";
    byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
    assertThat(
            rejected(
                request("application/activity+json", -1, new ByteArrayInputStream(bytes), SIGNED)))
        .isEqualTo(Kind.TOO_LARGE);
    assertThat(calls).isEmpty();
  }

  @Test
  void unsignedIsRefusedBeforeTheBodyIsParsed() {
    signatureFailure = new SignatureVerificationException(Reason.MISSING_SIGNATURE, "none");
    assertThat(rejected(request("application/activity+json", "not json", null)))
        .isEqualTo(Kind.UNSIGNED);
    assertThat(journal.get(0).activityId()).isNull();
  }

  @Test
  void signatureFailuresMapToTheirKinds() {
    signatureFailure = new SignatureVerificationException(Reason.CLOCK_SKEW, "stale");
    assertThat(rejected(request("application/activity+json", "{}", SIGNED)))
        .isEqualTo(Kind.BAD_SIGNATURE);
    signatureFailure = new SignatureVerificationException(Reason.DIGEST_MISMATCH, "digest");
    assertThat(rejected(request("application/activity+json", "{}", SIGNED)))
        .isEqualTo(Kind.BAD_SIGNATURE);
    signatureFailure =
        new SignatureVerificationException(Reason.UNKNOWN_KEY, "refused address 10.0.0.1");
    InboxRejection unknown =
        org.junit.jupiter.api.Assertions.assertThrows(
            InboxRejection.class,
            () -> inbox.receive(request("application/activity+json", "{}", SIGNED)));
    assertThat(unknown.kind()).isEqualTo(Kind.KEY_UNAVAILABLE);
    assertThat(unknown.publicDetail()).doesNotContain("10.0.0.1");
    assertThat(unknown.reason()).contains("10.0.0.1");
    signatureFailure =
        new OriginViolationException(OriginViolationException.Reason.KEY_NOT_OWNED_BY_ACTOR, "not");
    assertThat(rejected(request("application/activity+json", "{}", SIGNED))).isEqualTo(Kind.ORIGIN);
  }

  @Test
  void aMalformedOrRemoteContextDocumentIsRefusedAfterTheSignature() {
    assertThat(rejected(request("application/activity+json", "{not json", SIGNED)))
        .isEqualTo(Kind.MALFORMED);
    assertThat(
            rejected(
                request(
                    "application/activity+json",
                    "{\"@context\":\"https://evil.example/context.jsonld\",\"id\":\"https://grenoble.example/a/3\",\"type\":\"Follow\"}",
                    SIGNED)))
        .isEqualTo(Kind.FORBIDDEN_CONTEXT);
    assertThat(
            rejected(
                request(
                    "application/activity+json",
                    "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"type\":\"Follow\",\"actor\":\""
                        + PEER
                        + "\"}",
                    SIGNED)))
        .isEqualTo(Kind.MALFORMED);
    assertThat(calls).containsOnly("signature");
  }

  @Test
  void theSignerMustBeTheActorBeforeOriginsAreCompared() {
    signer = OTHER;
    assertThat(
            rejected(
                request("application/activity+json", follow("https://evil.example/a/4"), SIGNED)))
        .isEqualTo(Kind.ORIGIN);
    assertThat(journal.get(0).reason()).startsWith("key not owned by the actor");
    assertThat(journal.get(0).actor()).isEqualTo(PEER);
    assertThat(calls).containsExactly("signature");
  }

  @Test
  void originsAreComparedBeforeThePeerPolicy() {
    assertThat(
            rejected(
                request("application/activity+json", follow("https://evil.example/a/5"), SIGNED)))
        .isEqualTo(Kind.ORIGIN);
    assertThat(journal.get(0).reason()).startsWith("origin mismatch");
    String delete =
        "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"https://grenoble.example/a/6\","
            + "\"type\":\"Delete\",\"actor\":\""
            + PEER
            + "\",\"object\":\"https://lons.example/projects/1\"}";
    assertThat(rejected(request("application/activity+json", delete, SIGNED)))
        .isEqualTo(Kind.ORIGIN);
    assertThat(calls).containsExactly("signature", "signature");
  }

  @Test
  void thePeerPolicyComesBeforeTheQueue() {
    admitted = false;
    assertThat(
            rejected(
                request(
                    "application/activity+json", follow("https://grenoble.example/a/7"), SIGNED)))
        .isEqualTo(Kind.NOT_ADMITTED);
    assertThat(calls).containsExactly("signature", "admits");
  }

  @Test
  void aReplayedRequestIsRefusedAndADuplicateIdIsAcceptedOnce() {
    String body = follow("https://grenoble.example/a/8");
    assertThat(inbox.receive(request("application/activity+json", body, SIGNED)))
        .isEqualTo(Inbox.Result.QUEUED);
    assertThatThrownBy(() -> inbox.receive(request("application/activity+json", body, SIGNED)))
        .isInstanceOfSatisfying(
            InboxRejection.class, e -> assertThat(e.kind()).isEqualTo(Kind.REPLAYED));
    assertThat(journal).hasSize(1); // written by the store, not twice
    assertThat(inbox.receive(request("application/activity+json", body, "sig1=:BBBB:")))
        .isEqualTo(Inbox.Result.DUPLICATE);
  }
}
