// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.essaim.federation.FederationException;
import org.essaim.federation.inbox.OriginChecks;
import org.essaim.federation.keys.PemKeys;
import org.essaim.federation.sig.HttpFields;
import org.essaim.federation.sig.SignableRequest;
import org.essaim.federation.sig.SignatureVerificationException;
import org.essaim.federation.sig.SignatureVerificationException.Reason;
import org.essaim.federation.sig.SignatureVerifier;
import org.essaim.federation.sig.VerificationPolicy;
import org.essaim.federation.sig.VerifiedSignature;
import org.essaim.federation.vocab.Actor;
import org.essaim.node.infrastructure.federation.http.RemoteRequestException;
import org.essaim.node.infrastructure.federation.remote.RemoteActors;

/**
 * Verifies the HTTP signature of an inbound request (RFC 9421 or draft-cavage, through the
 * library's {@link SignatureVerifier} under {@link VerificationPolicy#defaults}: ±5 minutes, the
 * body's Content-Digest or Digest checked) and names the actor that owns the signing key. Used by
 * the inboxes and by every endpoint that serves NETWORK objects to signed fetches.
 *
 * <p>The key is the one the actor document lists under the keyId; the actor is the keyId without
 * its fragment, read through {@link RemoteActors} (cached). When the signature fails with a cached
 * document at least a minute old, the document is fetched once more and the signature checked
 * again: the peer may have rotated its key.
 */
@ApplicationScoped
public class SignedRequests {

  private static final Logger LOG = Logger.getLogger(SignedRequests.class.getName());

  /** A cached document younger than this is not refetched after a failure (no fetch storms). */
  static final Duration MIN_REFETCH_INTERVAL = Duration.ofMinutes(1);

  @Inject RemoteActors actors;

  Clock clock = Clock.systemUTC();

  /** A verified request: who signed, and the signature's details (scheme, created…). */
  public record Verification(VerifiedRequester requester, VerifiedSignature signature) {}

  /**
   * @param method the HTTP method
   * @param uri the request's full address as the signer addressed it (this node's public address)
   * @param headers the request headers
   * @param body the body, or {@code null} for none
   * @throws SignatureVerificationException when unsigned, badly signed, stale, or signed by a key
   *     nobody could fetch
   * @throws org.essaim.federation.inbox.OriginViolationException when the key's actor does not list
   *     it as its own
   */
  public VerifiedRequester verify(
      String method, URI uri, Map<String, List<String>> headers, byte[] body) {
    return verifyRequest(method, uri, headers, body).requester();
  }

  /** As {@link #verify}, with the signature's details. */
  public Verification verifyRequest(
      String method, URI uri, Map<String, List<String>> headers, byte[] body) {
    SignableRequest request = SignableRequest.of(method, uri, HttpFields.of(headers), body);
    SignatureVerifier verifier = new SignatureVerifier(VerificationPolicy.defaults(clock));
    Lookup lookup = new Lookup(false);
    VerifiedSignature signature;
    try {
      signature = verifier.verify(request, lookup::resolve);
    } catch (SignatureVerificationException e) {
      if (!lookup.fromCache
          || !mayBeRotated(e.reason())
          || !oldEnoughToRefetch(lookup.fetchedAt, OffsetDateTime.now(clock))) {
        throw e;
      }
      LOG.fine(() -> "Signature failed with a cached actor, fetching it again: " + e.getMessage());
      lookup = new Lookup(true);
      signature = verifier.verify(request, lookup::resolve);
    }
    URI keyId = URI.create(signature.keyId());
    OriginChecks.requireKeyOwnedBy(keyId, lookup.owner);
    return new Verification(new VerifiedRequester(lookup.owner.id(), keyId), signature);
  }

  /** Failures a key rotation explains: the key is gone from the cached document, or changed. */
  static boolean mayBeRotated(Reason reason) {
    return reason == Reason.UNKNOWN_KEY || reason == Reason.INVALID_SIGNATURE;
  }

  /**
   * Whether a cached document may be fetched again after a failure: not when it is younger than
   * {@link #MIN_REFETCH_INTERVAL}, so that a stream of bad signatures naming a peer's key does not
   * turn this node into a fetch amplifier against that peer.
   */
  static boolean oldEnoughToRefetch(OffsetDateTime fetchedAt, OffsetDateTime now) {
    return fetchedAt == null || !fetchedAt.plus(MIN_REFETCH_INTERVAL).isAfter(now);
  }

  /** The actor id a key id names: the key id without its fragment. */
  static URI actorOf(URI keyId) {
    String s = keyId.toString();
    int hash = s.indexOf('#');
    return URI.create(hash < 0 ? s : s.substring(0, hash));
  }

  private final class Lookup {
    private final boolean refresh;
    Actor owner;
    boolean fromCache;
    OffsetDateTime fetchedAt;

    Lookup(boolean refresh) {
      this.refresh = refresh;
    }

    Key resolve(String keyId) {
      URI key;
      try {
        key = URI.create(keyId);
      } catch (IllegalArgumentException e) {
        throw new SignatureVerificationException(Reason.MALFORMED_SIGNATURE, "keyId is not a URI");
      }
      if (!key.isAbsolute() || key.getHost() == null) {
        throw new SignatureVerificationException(
            Reason.MALFORMED_SIGNATURE, "keyId is not an absolute http(s) URI");
      }
      URI actorId = actorOf(key);
      try {
        if (refresh) {
          owner = actors.refresh(actorId);
          fromCache = false;
        } else {
          RemoteActors.Resolved resolved = actors.resolve(actorId);
          owner = resolved.actor();
          fromCache = resolved.fromCache();
          fetchedAt = resolved.fetchedAt();
        }
      } catch (RemoteRequestException e) {
        throw new SignatureVerificationException(
            Reason.UNKNOWN_KEY,
            "the key's actor <" + actorId + "> could not be fetched: " + e.getMessage());
      } catch (FederationException e) {
        throw new SignatureVerificationException(
            Reason.UNKNOWN_KEY,
            "the key's actor <" + actorId + "> is not usable: " + e.getMessage());
      }
      return owner.publicKeys().stream()
          .filter(k -> k.id().equals(key))
          .findFirst()
          .map(k -> (Key) PemKeys.decodePublicKey(k.publicKeyPem()))
          .orElseThrow(
              () ->
                  new SignatureVerificationException(
                      Reason.UNKNOWN_KEY, "the actor <" + actorId + "> lists no key " + keyId));
    }
  }
}
