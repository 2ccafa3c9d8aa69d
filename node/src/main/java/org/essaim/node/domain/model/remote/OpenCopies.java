// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.remote;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The copies an aggregator may publish as open data (docs/open-data.md): live PUBLIC copies that
 * public search shows, that is whose object and territory consent to indexing.
 */
public interface OpenCopies {

  /** One page of them, in local id order after {@code afterId}. */
  List<RemoteObject> page(RemoteObjectKind kind, long afterId, int limit);

  /** How many {@link #page} would list in all. */
  long count(RemoteObjectKind kind);

  /**
   * When the open copies of {@code kind} last changed: the latest reception, update or deletion of
   * a PUBLIC copy of that kind; empty when there never was one.
   */
  Optional<OffsetDateTime> changedAt(RemoteObjectKind kind);
}
