// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation;

import java.security.KeyPair;
import java.util.Objects;

/**
 * The node's actor key pairs. The private halves sign HTTP requests and object proofs on this node
 * and never leave it: {@link #toString()} names no key material.
 *
 * @param territoryRsa the territory actor's RSA-2048 key, its {@code publicKey} ({@code #main-key})
 *     for HTTP signatures
 * @param territoryEd25519 the territory actor's Ed25519 key, a Multikey in its {@code
 *     assertionMethod} for FEP-8b32 object proofs
 * @param instanceRsa the instance actor's RSA-2048 key, for signed fetches
 */
public record ActorKeys(KeyPair territoryRsa, KeyPair territoryEd25519, KeyPair instanceRsa) {

  public ActorKeys {
    Objects.requireNonNull(territoryRsa, "territoryRsa");
    Objects.requireNonNull(territoryEd25519, "territoryEd25519");
    Objects.requireNonNull(instanceRsa, "instanceRsa");
  }

  @Override
  public String toString() {
    return "ActorKeys[territory RSA, territory Ed25519, instance RSA]";
  }
}
