// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.search;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.essaim.federation.vocab.AsObject;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.essaim.node.domain.shared.Visibility;

/** Where the indexer reads objects and the territories they come from. */
public interface SearchSources {

  /**
   * This node's object as it would be published, when this node's pages show it (visibility other
   * than PRIVATE; a published sheet version, a published solution, a défi out of draft).
   */
  Optional<LocalObject> local(ShareableKind kind, long id);

  /** The address of this node's object (its id once published). */
  URI address(ShareableKind kind, long id);

  /** Ids of this node's objects of one kind, for a full reindex. */
  List<Long> localIds(ShareableKind kind);

  /** Object ids of the live copies of searchable kinds, for a full reindex. */
  List<URI> copyIds();

  /** This node's territory. */
  TerritoryCard ownTerritory();

  /**
   * A peer territory, from its actor document (cached by the federation layer). When the actor
   * cannot be read, its name is {@code knownName} or its host and it does not consent to indexing.
   */
  TerritoryCard territory(URI actor, String knownName);

  /**
   * One of this node's objects in its ActivityStreams form, with its visibility.
   *
   * @param object as it would be published (with published and updated times)
   * @param visibility its visibility here (never PRIVATE)
   */
  record LocalObject(AsObject object, Visibility visibility) {}
}
