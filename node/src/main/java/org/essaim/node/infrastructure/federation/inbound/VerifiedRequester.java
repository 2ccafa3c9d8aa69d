// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import java.net.URI;
import java.util.Objects;

/**
 * Who signed a request: the key's owner, an actor whose document lists the key.
 *
 * @param actor the owner of the key
 * @param keyId the key that signed
 */
public record VerifiedRequester(URI actor, URI keyId) {
  public VerifiedRequester {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(keyId, "keyId");
  }
}
