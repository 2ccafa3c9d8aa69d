// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import java.net.URI;
import java.util.Objects;

/**
 * An actor's RSA key as Mastodon publishes it (security v1 {@code publicKey}): what verifies its
 * draft-cavage HTTP signatures.
 *
 * @param id the key's IRI, the keyId of signatures (often the actor IRI + "#main-key")
 * @param owner the actor the key belongs to
 * @param publicKeyPem the SPKI public key in PEM
 */
public record PublicKey(URI id, URI owner, String publicKeyPem) {

  public PublicKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(publicKeyPem, "publicKeyPem");
  }

  static PublicKey from(AsObject key) {
    return new PublicKey(
        key.id().orElseThrow(() -> new VocabularyException("a public key needs an id")),
        key.reference(Sec.OWNER)
            .orElseThrow(() -> new VocabularyException("a public key needs an owner")),
        key.string(Sec.PUBLIC_KEY_PEM)
            .orElseThrow(() -> new VocabularyException("a public key needs publicKeyPem")));
  }

  AsObject toAsObject() {
    return AsObject.builder()
        .id(id)
        .reference(Sec.OWNER, owner)
        .string(Sec.PUBLIC_KEY_PEM, publicKeyPem)
        .build();
  }
}
