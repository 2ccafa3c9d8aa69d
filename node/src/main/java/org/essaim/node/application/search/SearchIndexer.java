// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.essaim.federation.FederationException;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.AsObject;
import org.essaim.node.application.federation.copies.RemoteCopyChanged;
import org.essaim.node.application.federation.publishing.SharedObjectChanged;
import org.essaim.node.domain.model.remote.CopyAudience;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectRepository;
import org.essaim.node.domain.model.search.SearchEntry;
import org.essaim.node.domain.model.search.SearchIndex;
import org.essaim.node.domain.model.search.SearchOrigin;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.essaim.node.domain.shared.Visibility;

/**
 * Keeps the search index in step: observes the changes of this node's objects and of the copies of
 * peers' objects in the transaction that makes them, so an object is searchable exactly when its
 * change commits. A full reindex rebuilds every entry (after an upgrade, or when the territory's
 * name or region changed).
 */
@ApplicationScoped
public class SearchIndexer {

  private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

  @Inject SearchIndex index;
  @Inject SearchSources sources;
  @Inject RemoteObjectRepository copies;
  @Inject Clock clock;
  @Inject Taxonomy taxonomy;

  private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

  void onLocalChange(@Observes(during = TransactionPhase.IN_PROGRESS) SharedObjectChanged change) {
    indexLocal(change.kind(), change.id());
  }

  void onCopyChange(@Observes(during = TransactionPhase.IN_PROGRESS) RemoteCopyChanged change) {
    if (change.change() == RemoteCopyChanged.Change.DELETED) {
      index.remove(change.objectId());
      return;
    }
    copies.findByObjectId(change.objectId()).ifPresent(this::indexCopy);
  }

  /** Indexes one of this node's objects as it is now, or removes it when no longer shown. */
  public void indexLocal(ShareableKind kind, long id) {
    if (kind == ShareableKind.ORGANIZATION) {
      return;
    }
    Optional<SearchEntry> entry =
        sources
            .local(kind, id)
            .flatMap(
                local ->
                    SearchEntries.of(
                        local.object(),
                        SearchOrigin.LOCAL,
                        id,
                        sources.ownTerritory(),
                        local.visibility() != Visibility.PRIVATE,
                        clock.instant()));
    if (entry.isPresent()) {
      // Key terms from the object's own words: the labels are for search, themes are scored apart.
      index.put(SearchEntries.withTaxonomyLabels(entry.get(), taxonomy), entry.get().body());
    } else {
      index.remove(sources.address(kind, id));
    }
  }

  /** Indexes a copy as it is now, or removes it when deleted or not searchable. */
  public void indexCopy(RemoteObject copy) {
    Optional<SearchEntry> entry = Optional.empty();
    if (!copy.isDeleted() && copy.document().isPresent()) {
      try {
        AsObject object = codec.read(copy.document().get().getBytes(StandardCharsets.UTF_8));
        entry =
            SearchEntries.of(
                object,
                SearchOrigin.REMOTE,
                null,
                sources.territory(copy.originActor(), copy.originName().orElse(null)),
                copy.audience() == CopyAudience.PUBLIC,
                clock.instant());
      } catch (FederationException e) {
        // Copies were read when received; one that no longer reads is left out of search.
        LOG.log(Level.WARNING, "Copy not indexed: " + copy.objectId(), e);
      }
    }
    if (entry.isPresent()) {
      // Key terms from the object's own words: the labels are for search, themes are scored apart.
      index.put(SearchEntries.withTaxonomyLabels(entry.get(), taxonomy), entry.get().body());
    } else {
      index.remove(copy.objectId());
    }
  }

  /**
   * Rebuilds every entry; one transaction. The document frequencies key terms are weighted with are
   * counted first over the index as it was; when there was none (the first build), they are counted
   * over the new entries and the entries written again with them.
   */
  @Transactional
  public Reindexed reindexAll() {
    if (index.size() > 0) {
      index.refreshTermStatistics();
    }
    Reindexed done = indexEverything();
    if (index.termStatisticsDocuments() <= 0 && done.entries() > 0) {
      index.refreshTermStatistics();
      done = indexEverything();
    }
    return done;
  }

  /**
   * Counts again the document frequencies of key terms when the index grew or shrank by more than a
   * tenth since they were counted (or they never were); entries written afterwards use them.
   *
   * @return whether they were counted
   */
  @Transactional
  public boolean refreshTermStatisticsIfStale() {
    long counted = index.termStatisticsDocuments();
    long size = index.size();
    if (size == 0 || (counted > 0 && Math.abs(size - counted) * 10 <= counted)) {
      return false;
    }
    index.refreshTermStatistics();
    return true;
  }

  private Reindexed indexEverything() {
    index.clear();
    long local = 0;
    for (ShareableKind kind : ShareableKind.values()) {
      if (kind == ShareableKind.ORGANIZATION) {
        continue;
      }
      for (long id : sources.localIds(kind)) {
        indexLocal(kind, id);
        local++;
      }
    }
    long remote = 0;
    for (URI objectId : sources.copyIds()) {
      Optional<RemoteObject> copy = copies.findByObjectId(objectId);
      if (copy.isPresent()) {
        indexCopy(copy.get());
        remote++;
      }
    }
    return new Reindexed(local, remote, index.size());
  }

  /** How many entries the index holds and how many of them searches see already. */
  public Status status() {
    return new Status(index.size(), index.searchable());
  }

  /**
   * The index's state.
   *
   * @param entries entries in the index
   * @param searchable entries searches see (fewer for a moment after changes, or during a bulk
   *     load)
   */
  public record Status(long entries, long searchable) {}

  /**
   * What a full reindex went through.
   *
   * @param localObjects own objects read
   * @param copies copies read
   * @param entries entries in the index afterwards
   */
  public record Reindexed(long localObjects, long copies, long entries) {}
}
