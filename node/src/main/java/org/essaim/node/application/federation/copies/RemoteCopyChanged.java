// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import java.net.URI;
import java.util.Objects;
import org.essaim.node.domain.model.remote.RemoteObjectKind;

/**
 * A copy of a peer's object was created, replaced by a newer version, or deleted. Fired by {@link
 * RemoteCopies} inside the transaction of the change, after the copy is added or changed; observed
 * synchronously (search index, key figures, label attestations), so what the observers derive
 * commits or rolls back with the copy.
 *
 * @param objectId the object's id on its origin
 * @param kind what it is
 * @param change what happened to the copy
 */
public record RemoteCopyChanged(URI objectId, RemoteObjectKind kind, Change change) {

  /** What happened to the copy. */
  public enum Change {
    CREATED,
    UPDATED,
    DELETED
  }

  public RemoteCopyChanged {
    Objects.requireNonNull(objectId, "objectId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(change, "change");
  }
}
