// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.essaim.federation.FederationException;
import org.essaim.federation.inbox.OriginChecks;
import org.essaim.federation.inbox.OriginViolationException;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.jsonld.ForbiddenContextException;
import org.essaim.federation.sig.HttpFields;
import org.essaim.federation.sig.SignatureVerificationException;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.AsObject;
import org.essaim.node.application.federation.PeerPolicy;
import org.essaim.node.infrastructure.federation.inbound.InboxRejection.Kind;

/**
 * The inbox pipeline, shared by the three inboxes. In order: media type (415) and size (413); the
 * HTTP signature and its key, fetched through the remote actor cache (401); the document, read with
 * the bundled contexts only (400); the signing key's owner is the activity's actor and the ids are
 * on its origin (403); the peer policy admits the actor (403); the signature was not seen before
 * (401, replay); then the activity is queued, unless its id was already received (a duplicate: 202
 * all the same). Every request, accepted or refused, leaves a journal entry.
 */
@ApplicationScoped
public class Inbox {

  /** What the inbox answers an accepted request. */
  public enum Result {
    QUEUED,
    DUPLICATE
  }

  @Inject SignedRequests signedRequests;
  @Inject PeerPolicy peers;
  @Inject InboxStore store;
  @Inject InboundSettings settings;

  Clock clock = Clock.systemUTC();

  private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

  /**
   * Receives a POST.
   *
   * @throws InboxRejection when a check refuses it (already journalled)
   */
  public Result receive(InboxRequest request) {
    OffsetDateTime receivedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    Trace trace = new Trace(request.inbox(), receivedAt);
    try {
      return checkAndQueue(request, trace);
    } catch (InboxRejection rejection) {
      if (rejection.kind() != Kind.REPLAYED) { // the store journals replays itself
        store.journal(trace.rejected(rejection));
      }
      throw rejection;
    }
  }

  private Result checkAndQueue(InboxRequest request, Trace trace) {
    requireActivityMediaType(request.contentType());
    byte[] body = readLimited(request.contentLength(), request.body(), settings.maxBody());

    SignedRequests.Verification verification = verify(request, body);
    trace.actor = verification.requester().actor();
    trace.keyId = verification.requester().keyId();

    Activity activity = parse(body, trace);
    trace.actor = activity.actor();
    requireSignedByActor(verification.requester(), activity);
    requireSameOrigin(activity);
    if (!peers.admits(activity.actor())) {
      throw new InboxRejection(
          Kind.NOT_ADMITTED,
          "this territory does not accept activities from <" + activity.actor() + ">");
    }

    String replayKey =
        ReplayKeys.fingerprint(HttpFields.of(request.headers()))
            .orElseThrow(() -> new IllegalStateException("a verified request has a signature"));
    InboxStore.Acceptance acceptance =
        store.accept(
            new InboxStore.Accepted(
                request.inbox(),
                activity.actor(),
                trace.keyId,
                trace.activityId,
                trace.activityType,
                new String(body, StandardCharsets.UTF_8),
                replayKey,
                trace.receivedAt));
    switch (acceptance) {
      case REPLAYED:
        throw new InboxRejection(
            Kind.REPLAYED, "replayed: this signed request was already received");
      case DUPLICATE:
        return Result.DUPLICATE;
      default:
        return Result.QUEUED;
    }
  }

  static void requireActivityMediaType(String contentType) {
    String type =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!type.equals("application/activity+json") && !type.equals("application/ld+json")) {
      throw new InboxRejection(
          Kind.UNSUPPORTED_MEDIA_TYPE,
          "an inbox accepts application/activity+json or application/ld+json, not "
              + (type.isEmpty() ? "a body without Content-Type" : type));
    }
  }

  /** The body, refused when its Content-Length or its actual length passes {@code max}. */
  static byte[] readLimited(long contentLength, InputStream in, long max) {
    if (contentLength > max) {
      throw tooLarge(contentLength, max);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    try {
      int n;
      while ((n = in.read(buffer)) != -1) {
        total += n;
        if (total > max) {
          throw tooLarge(-1, max);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new InboxRejection(Kind.MALFORMED, "the body could not be read");
    }
    return out.toByteArray();
  }

  private static InboxRejection tooLarge(long length, long max) {
    return new InboxRejection(
        Kind.TOO_LARGE,
        "body of "
            + (length >= 0 ? length + " bytes" : "more bytes")
            + " than the "
            + max
            + "-byte limit of this inbox; nothing stored");
  }

  private SignedRequests.Verification verify(InboxRequest request, byte[] body) {
    try {
      return signedRequests.verifyRequest("POST", request.uri(), request.headers(), body);
    } catch (SignatureVerificationException e) {
      switch (e.reason()) {
        case MISSING_SIGNATURE:
          throw new InboxRejection(
              Kind.UNSIGNED,
              "unsigned: an inbox accepts only requests with an HTTP signature (RFC 9421 or"
                  + " draft-cavage)");
        case UNKNOWN_KEY:
          throw new InboxRejection(
              Kind.KEY_UNAVAILABLE,
              "signing key unavailable: " + e.getMessage(),
              "The signing key could not be obtained from the actor document its keyId names,"
                  + " or that document does not list it.");
        default:
          throw new InboxRejection(Kind.BAD_SIGNATURE, "bad signature: " + e.getMessage());
      }
    } catch (OriginViolationException e) {
      throw new InboxRejection(Kind.ORIGIN, "key not owned: " + e.getMessage());
    }
  }

  private Activity parse(byte[] body, Trace trace) {
    AsObject document;
    try {
      document = codec.read(body);
    } catch (ForbiddenContextException e) {
      throw new InboxRejection(
          Kind.FORBIDDEN_CONTEXT,
          "remote @context refused: "
              + e.getMessage()
              + " (this node reads the bundled ActivityStreams and security contexts only)");
    } catch (FederationException e) {
      throw new InboxRejection(Kind.MALFORMED, "malformed: " + e.getMessage());
    }
    trace.activityId = document.id().orElse(null);
    trace.activityType = ActivityTypeNames.of(document.types());
    Activity activity;
    try {
      activity = new Activity(document);
    } catch (FederationException | IllegalArgumentException e) {
      throw new InboxRejection(Kind.MALFORMED, "malformed: " + e.getMessage());
    }
    if (trace.activityId == null) {
      throw new InboxRejection(Kind.MALFORMED, "malformed: the activity has no id");
    }
    return activity;
  }

  static void requireSignedByActor(VerifiedRequester requester, Activity activity) {
    if (!requester.actor().equals(activity.actor())) {
      throw new InboxRejection(
          Kind.ORIGIN,
          "key not owned by the actor: the key <"
              + requester.keyId()
              + "> belongs to <"
              + requester.actor()
              + ">, not to the activity's actor <"
              + activity.actor()
              + ">");
    }
  }

  static void requireSameOrigin(Activity activity) {
    try {
      OriginChecks.requireSameOrigin(activity);
    } catch (OriginViolationException e) {
      throw new InboxRejection(Kind.ORIGIN, "origin mismatch: " + e.getMessage());
    }
  }

  /** What is known of a request so far, for its journal entry. */
  private static final class Trace {
    final String inbox;
    final OffsetDateTime receivedAt;
    URI actor;
    URI keyId;
    URI activityId;
    String activityType;

    Trace(String inbox, OffsetDateTime receivedAt) {
      this.inbox = inbox;
      this.receivedAt = receivedAt;
    }

    JournalEntry rejected(InboxRejection rejection) {
      return new JournalEntry(
          0,
          receivedAt,
          inbox,
          actor,
          keyId,
          activityId,
          activityType,
          rejection.kind().status(),
          JournalOutcome.REJECTED,
          rejection.reason(),
          receivedAt);
    }
  }
}
