// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

/**
 * Bounds on an incoming document, enforced while it is read and before any JSON-LD processing, so a
 * hostile peer cannot make the node spend memory or time on it.
 *
 * @param maxBytes the largest body accepted
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxArrayLength the most elements in one array
 * @param maxMembers the most members in one object
 */
public record DocumentLimits(int maxBytes, int maxDepth, int maxArrayLength, int maxMembers) {

  /** Generous for any real activity or actor, tight enough to refuse abuse early. */
  public static final DocumentLimits DEFAULT = new DocumentLimits(1024 * 1024, 32, 10_000, 1_000);

  public DocumentLimits {
    if (maxBytes <= 0 || maxDepth <= 0 || maxArrayLength <= 0 || maxMembers <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
