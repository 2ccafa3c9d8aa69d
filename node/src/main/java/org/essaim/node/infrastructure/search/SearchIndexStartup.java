// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.search;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import org.essaim.node.application.search.SearchIndexer;
import org.essaim.node.domain.model.search.SearchIndex;
import org.essaim.node.infrastructure.database.StartupLock;

/**
 * Builds the search index at start-up when it is empty while the node holds objects or copies (the
 * first start after an upgrade that brought search), or when its entries have no key terms (the
 * first start after the one that brought similar objects). Afterwards the indexer follows every
 * change.
 */
@ApplicationScoped
public class SearchIndexStartup {

  private static final Logger LOG = Logger.getLogger(SearchIndexStartup.class.getName());

  @Inject SearchIndex index;
  @Inject DatabaseSearchSources sources;
  @Inject SearchIndexer indexer;
  @Inject StartupLock startupLock;

  // After the migrations (NodeStartup), before a demo load (which the indexer follows itself).
  void onStartup(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) Startup event) {
    // The search_document table is shared by the replicas: one rebuilds it, the next finds it done.
    startupLock.exclusively(this::rebuildIfNeeded);
  }

  private void rebuildIfNeeded() {
    boolean empty = index.size() == 0;
    if (empty ? !sources.holdsAnything() : index.hasKeyTerms()) {
      return;
    }
    // Empty while the node holds objects, or entries without key terms (written before the upgrade
    // that brought similar objects): rebuilt.
    SearchIndexer.Reindexed done = indexer.reindexAll();
    LOG.info(
        () ->
            String.format(
                "Search index built: %d objects of this node, %d copies, %d entries",
                done.localObjects(), done.copies(), done.entries()));
  }
}
