// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.Key;
import java.util.List;
import java.util.Map;
import org.essaim.federation.inbox.OriginChecks;
import org.essaim.federation.keys.PemKeys;
import org.essaim.federation.sig.HttpFields;
import org.essaim.federation.sig.SignableRequest;
import org.essaim.federation.sig.SignatureVerificationException;
import org.essaim.federation.sig.SignatureVerifier;
import org.essaim.federation.sig.VerificationPolicy;
import org.essaim.federation.sig.VerifiedSignature;
import org.essaim.federation.vocab.Actor;
import org.essaim.node.infrastructure.federation.remote.RemoteActors;

/**
 * Verifies the HTTP signature of an inbound request (either scheme) and names the actor that owns
 * the signing key. Used by the inboxes and by every endpoint that serves NETWORK objects to signed
 * fetches.
 *
 * <p>Minimal version: no key cache, no refetch on failure, no replay cache.
 */
@ApplicationScoped
public class SignedRequests {

  @Inject RemoteActors actors;

  /**
   * @param method the HTTP method
   * @param uri the request's full address as the signer addressed it (this node's public address)
   * @param headers the request headers
   * @param body the body, or {@code null} for none
   * @throws SignatureVerificationException when unsigned, badly signed, stale, or signed by a key
   *     its actor does not list
   */
  public VerifiedRequester verify(
      String method, URI uri, Map<String, List<String>> headers, byte[] body) {
    SignableRequest request = SignableRequest.of(method, uri, HttpFields.of(headers), body);
    Actor[] owner = new Actor[1];
    VerifiedSignature signature =
        new SignatureVerifier(VerificationPolicy.defaults())
            .verify(request, keyId -> resolve(keyId, owner));
    URI keyId = URI.create(signature.keyId());
    OriginChecks.requireKeyOwnedBy(keyId, owner[0]);
    return new VerifiedRequester(owner[0].id(), keyId);
  }

  private Key resolve(String keyId, Actor[] owner) {
    URI key = URI.create(keyId);
    URI actorId = stripFragment(key);
    Actor actor = actors.actor(actorId);
    owner[0] = actor;
    return actor.publicKeys().stream()
        .filter(k -> k.id().equals(key))
        .findFirst()
        .map(k -> (Key) PemKeys.decodePublicKey(k.publicKeyPem()))
        .orElseThrow(
            () ->
                new SignatureVerificationException(
                    SignatureVerificationException.Reason.UNKNOWN_KEY, "Unknown key " + keyId));
  }

  private static URI stripFragment(URI uri) {
    String s = uri.toString();
    int hash = s.indexOf('#');
    return URI.create(hash < 0 ? s : s.substring(0, hash));
  }
}
