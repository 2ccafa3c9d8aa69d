// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.essaim.federation.FederationException;
import org.essaim.federation.inbox.OriginChecks;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.AsValue;
import org.essaim.federation.vocab.Collection;
import org.essaim.federation.vocab.IriReference;

/**
 * One walk of a followed actor's outbox, page by page ({@code first} then {@code next}), importing
 * the objects of its Create activities. Stops at the end, at the first page whose Creates are all
 * already known (what follows is older and was imported before), or after {@code maxItems} items.
 * Progress is reported after each page, so that a walk interrupted by a restart resumes there.
 */
public final class OutboxWalk {

  private static final Logger LOG = Logger.getLogger(OutboxWalk.class.getName());

  /** Imports one Create found in the outbox (the same rules as an inbound Create). */
  @FunctionalInterface
  public interface Importer {
    CopyResult importCreate(URI actor, Activity create, String originName);
  }

  /** Where the walk stands, saved after each page. */
  @FunctionalInterface
  public interface Progress {
    /**
     * @param next the next page to read, or null when the walk is over
     * @param imported objects copied (or updated) from this page
     * @param seen items read on this page
     */
    void page(URI next, int imported, int seen);
  }

  /**
   * How a walk ended.
   *
   * @param imported objects copied or updated during this walk
   * @param seen items read during this walk
   * @param reason why it stopped
   */
  public record Summary(int imported, int seen, String reason) {}

  /**
   * Runs the imports of one page: the node runs them in one transaction (one commit per page rather
   * than per object; an exception rolls the whole page back and fails the walk, as it did).
   */
  @FunctionalInterface
  public interface PageScope {
    void run(Runnable imports);
  }

  private final RemoteDocuments remote;
  private final Importer importer;
  private final int maxItems;
  private final PageScope pageScope;

  public OutboxWalk(RemoteDocuments remote, Importer importer, int maxItems) {
    this(remote, importer, maxItems, Runnable::run);
  }

  public OutboxWalk(RemoteDocuments remote, Importer importer, int maxItems, PageScope pageScope) {
    this.remote = remote;
    this.importer = importer;
    this.maxItems = maxItems;
    this.pageScope = pageScope;
  }

  /**
   * Walks from {@code resumeAt} (or from the outbox itself when null).
   *
   * @param alreadySeen items read before the interruption, counted towards the limit
   * @throws RemoteFetchException when the actor, the outbox or a page cannot be fetched
   */
  public Summary walk(URI actor, URI resumeAt, int alreadySeen, Progress progress) {
    Actor document = remote.actor(actor);
    String name = document.name().orElse(null);
    int seen = alreadySeen;
    int imported = 0;
    Collection page;
    if (resumeAt == null) {
      URI outbox =
          document.outbox().orElseThrow(() -> new RemoteFetchException(actor + " has no outbox"));
      Collection collection = collection(actor, outbox);
      if (collection.embeddedFirst().filter(c -> !c.items().isEmpty()).isPresent()) {
        page = collection.embeddedFirst().get();
      } else if (collection.first().isPresent()) {
        page = collection(actor, collection.first().get());
      } else {
        page = collection; // a collection without pages holds its items itself
      }
    } else {
      page = collection(actor, resumeAt);
    }
    Set<URI> visited = new HashSet<>();
    while (true) {
      page.asObject().id().ifPresent(visited::add);
      PageResult result = importPage(actor, page, name, maxItems - seen);
      seen += result.seen;
      imported += result.imported;
      Optional<URI> next = page.next().filter(n -> !visited.contains(n));
      String stop = null;
      if (result.allKnown) {
        stop = "a page already imported";
      } else if (seen >= maxItems) {
        stop = "the limit of " + maxItems + " items";
      } else if (result.seen == 0) {
        stop = "an empty page"; // also ends a peer's endless chain of empty pages
      } else if (next.isEmpty()) {
        stop = "the end of the outbox";
      }
      progress.page(stop == null ? next.get() : null, result.imported, result.seen);
      if (stop != null) {
        return new Summary(imported, seen - alreadySeen, stop);
      }
      page = collection(actor, next.get());
    }
  }

  private record PageResult(int imported, int seen, boolean allKnown) {}

  private PageResult importPage(URI actor, Collection page, String name, int budget) {
    int seen = 0;
    // The Creates first (those named by id only are fetched here, outside any transaction)…
    List<Activity> creates = new ArrayList<>();
    for (AsValue item : page.items()) {
      if (seen >= budget) {
        break;
      }
      seen++;
      create(actor, item).ifPresent(creates::add);
    }
    // …then their imports, in one scope (one transaction for the page, not one per item).
    int[] counts = new int[2]; // imported, known
    pageScope.run(
        () -> {
          counts[0] = 0;
          counts[1] = 0;
          for (Activity create : creates) {
            CopyResult result = importer.importCreate(actor, create, name);
            switch (result.effect()) {
              case NEW:
              case CHANGED:
                counts[0]++;
                break;
              case KNOWN:
                counts[1]++;
                break;
              default:
                LOG.fine(() -> "Backfill of " + actor + ": " + result.outcome().reason());
                break;
            }
          }
        });
    return new PageResult(counts[0], seen, !creates.isEmpty() && counts[1] == creates.size());
  }

  /** The item as a Create activity (fetched when only named), empty for anything else. */
  private Optional<Activity> create(URI actor, AsValue item) {
    AsObject object;
    if (item instanceof AsObject) {
      object = (AsObject) item;
    } else if (item instanceof IriReference) {
      URI id = ((IriReference) item).iri();
      if (!OriginChecks.sameOrigin(id, actor)) {
        return Optional.empty();
      }
      try {
        object = remote.fetch(id).object();
      } catch (RemoteFetchException e) {
        LOG.fine(() -> "Backfill of " + actor + ": " + e.getMessage());
        return Optional.empty();
      }
    } else {
      return Optional.empty();
    }
    try {
      Activity activity = new Activity(object);
      return activity.type().filter(t -> t == ActivityType.CREATE).map(t -> activity);
    } catch (FederationException e) {
      return Optional.empty();
    }
  }

  private Collection collection(URI actor, URI address) {
    if (!OriginChecks.sameOrigin(address, actor)) {
      throw new RemoteFetchException(
          "the outbox page <" + address + "> is not on the origin of <" + actor + ">");
    }
    try {
      return new Collection(remote.fetch(address).object());
    } catch (FederationException e) {
      throw new RemoteFetchException("<" + address + "> is not a collection: " + e.getMessage(), e);
    }
  }
}
