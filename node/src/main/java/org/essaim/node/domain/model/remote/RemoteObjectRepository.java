// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.remote;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Where remote copies and their tombstones are kept. */
public interface RemoteObjectRepository {

  /** The copy (or tombstone) of the object with this ActivityPub id. */
  Optional<RemoteObject> findByObjectId(URI objectId);

  /** A copy by its local id, tombstones included. */
  Optional<RemoteObject> find(long id);

  /** One page of the live copies matching the search, newest first. */
  List<RemoteObject> search(RemoteObjectSearch search, int offset, int limit);

  long count(RemoteObjectSearch search);

  void add(RemoteObject object);
}
