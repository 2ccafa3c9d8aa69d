// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.labels;

import jakarta.json.JsonObject;
import java.net.URI;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.essaim.federation.FederationException;
import org.essaim.federation.inbox.OriginChecks;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.keys.Multikey;
import org.essaim.federation.proof.ObjectIntegrityProofs;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.essaim.LabelAttestation;

/**
 * Checks a label attestation as received: it reads as the vocabulary says, it is issued ({@code
 * attributedTo}) by the configured national actor and lives on that actor's origin, and it carries
 * a FEP-8b32 proof that verifies against an {@code assertionMethod} key of that actor. Anything
 * else is invalid, whatever it claims. Pure: the national actor's document is given.
 */
public final class LabelAttestationVerifier {

  private static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();

  private LabelAttestationVerifier() {}

  /**
   * @param document the attestation's JSON as received (with its proof)
   * @param national the configured national actor
   * @param nationalActor the national actor's document (its keys), empty when it could not be had
   */
  public static LabelVerdict verify(
      JsonObject document, NationalActor national, Optional<Actor> nationalActor, Instant now) {
    if (national.actor().isEmpty()) {
      return LabelVerdict.invalid(null, "no national actor is configured on this node");
    }
    URI issuerExpected = national.actor().get();
    AsObject object;
    LabelAttestation attestation;
    try {
      object = CODEC.read(document);
      attestation = LabelAttestation.from(object);
    } catch (FederationException | IllegalArgumentException e) {
      return LabelVerdict.invalid(null, "not a label attestation: " + e.getMessage());
    }
    URI territory = attestation.territory();
    List<URI> issuers = object.references(As.ATTRIBUTED_TO);
    if (issuers.size() != 1 || !issuers.get(0).equals(issuerExpected)) {
      return LabelVerdict.invalid(
          territory,
          "issued by " + issuers + ", not by the national actor <" + issuerExpected + ">");
    }
    if (!OriginChecks.sameOrigin(attestation.id(), issuerExpected)) {
      return LabelVerdict.invalid(
          territory, "<" + attestation.id() + "> is not on the national actor's origin");
    }
    if (!document.containsKey("proof")) {
      return LabelVerdict.invalid(territory, "the attestation carries no proof");
    }
    if (nationalActor.isEmpty() || !nationalActor.get().id().equals(issuerExpected)) {
      return LabelVerdict.invalid(territory, "the national actor's keys could not be had");
    }
    Actor actor = nationalActor.get();
    try {
      ObjectIntegrityProofs.verifyProofs(
          document,
          method -> keyOf(actor, issuerExpected, method),
          ObjectIntegrityProofs.ASSERTION_METHOD,
          now);
    } catch (FederationException e) {
      return LabelVerdict.invalid(territory, "the proof does not verify: " + e.getMessage());
    }
    return LabelVerdict.valid(territory, attestation.labelStatus(), attestation.labelDate());
  }

  private static PublicKey keyOf(Actor actor, URI issuer, URI verificationMethod) {
    return actor.assertionMethods().stream()
        .filter(m -> m.id().equals(verificationMethod) && m.controller().equals(issuer))
        .findFirst()
        .map(m -> Multikey.decodePublicKey(m.publicKeyMultibase()))
        .orElse(null);
  }
}
