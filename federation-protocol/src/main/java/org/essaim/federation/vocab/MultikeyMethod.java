// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import java.net.URI;
import java.util.Objects;

/**
 * A key listed in an actor's {@code assertionMethod} as a FEP-521a Multikey: what verifies the
 * actor's object integrity proofs (FEP-8b32).
 *
 * @param id the key's IRI, the proofs' verificationMethod
 * @param controller the actor that controls the key
 * @param publicKeyMultibase the key, multibase-encoded (z… for Ed25519)
 */
public record MultikeyMethod(URI id, URI controller, String publicKeyMultibase) {

  public MultikeyMethod {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(controller, "controller");
    Objects.requireNonNull(publicKeyMultibase, "publicKeyMultibase");
  }

  static MultikeyMethod from(AsObject key) {
    return new MultikeyMethod(
        key.id().orElseThrow(() -> new VocabularyException("a Multikey needs an id")),
        key.reference(Sec.CONTROLLER)
            .orElseThrow(() -> new VocabularyException("a Multikey needs a controller")),
        key.string(Sec.PUBLIC_KEY_MULTIBASE)
            .orElseThrow(() -> new VocabularyException("a Multikey needs publicKeyMultibase")));
  }

  AsObject toAsObject() {
    return AsObject.builder()
        .id(id)
        .type(Sec.MULTIKEY)
        .reference(Sec.CONTROLLER, controller)
        .add(
            Sec.PUBLIC_KEY_MULTIBASE,
            new Literal(
                jakarta.json.spi.JsonProvider.provider().createValue(publicKeyMultibase),
                null,
                Sec.NS + "multibase"))
        .build();
  }
}
