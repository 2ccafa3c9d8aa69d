// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.gdpr;

/**
 * A keyed, one-way fingerprint of a normalised email address (HMAC-SHA-256 in hex), the same for
 * the same address on this node. Without the key, which is kept outside the database, nobody can
 * test guesses of addresses against the erasure log.
 */
public interface SubjectFingerprints {

  String of(String normalisedEmail);
}
