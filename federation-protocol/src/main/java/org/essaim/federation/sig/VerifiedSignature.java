// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a successful verification establishes: which key signed (the caller still has to check that
 * the key belongs to the activity's actor), with which algorithm, when, and over what.
 *
 * @param scheme the specification the signature follows
 * @param label the RFC 9421 signature label; {@code null} for draft-cavage
 * @param keyId the {@code keyid} (RFC 9421) or {@code keyId} (cavage) parameter
 * @param algorithm the algorithm the signature was checked with
 * @param created the creation time (cavage: {@code created} parameter, else the Date header)
 * @param expires the expiry, when the signer gave one
 * @param components covered components as serialised identifiers (RFC 9421, e.g. {@code "@method"})
 *     or lower-case header names (cavage, e.g. {@code (request-target)})
 */
public record VerifiedSignature(
    SignatureScheme scheme,
    String label,
    String keyId,
    SignatureAlgorithm algorithm,
    Instant created,
    Instant expires,
    List<String> components) {
  public VerifiedSignature {
    components = List.copyOf(components);
  }

  public Optional<Instant> createdTime() {
    return Optional.ofNullable(created);
  }

  public Optional<Instant> expiresTime() {
    return Optional.ofNullable(expires);
  }
}
