// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.publishing;

import java.util.Optional;

/**
 * Where {@link SharedObjects} finds the objects of a {@link PublishedKind} that is not a shareable
 * domain kind (key figures, label attestations…): one CDI bean per kind. The object then goes
 * through the same path as the others (fingerprint comparison, Create/Update/Delete, proof, outbox,
 * delivery, served at its address); trigger it with {@link Publisher#publish(PublishedKind, long)}.
 */
public interface PublishedObjectSource {

  /** The kind this source provides; at most one source per kind. */
  PublishedKind kind();

  /**
   * The object as it would be published now, at {@code FederationUrls.object(kind(), id)}, or empty
   * when it is not (or no longer) published: a Delete follows if it was.
   */
  Optional<SharedObject> current(long id);
}
