// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.essaim.federation.FederationException;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.opendata.DatasetWriter;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.essaim.MethodSheet;
import org.essaim.federation.vocab.essaim.Project;
import org.essaim.federation.vocab.essaim.TransferableSolution;
import org.essaim.node.application.NodeAddress;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.registry.RegistryService;
import org.essaim.node.application.registry.TerritoryEntryView;
import org.essaim.node.domain.model.registry.TerritoryEntryRepository;
import org.essaim.node.domain.model.remote.OpenCopies;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectKind;

/**
 * Reads the open data page by page, each page in its own short transaction, so that a download
 * streams whatever its size and never holds the database for the whole of it.
 */
@ApplicationScoped
public class OpenDataService {

  private static final Logger LOG = Logger.getLogger(OpenDataService.class.getName());

  /** Items per page read from the database while a file is written. */
  public static final int PAGE = 200;

  @Inject OpenCopies copies;
  @Inject TerritoryEntryRepository entries;
  @Inject RegistryService registry;
  @Inject OpenDataLicense license;
  @Inject NodeAddress node;

  private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

  public OpenDataLicense license() {
    return license;
  }

  /** The actor that publishes the open data: this node's. */
  public URI publisher() {
    return node.territoryActor();
  }

  /** This node's public address, under which the files are served. */
  public URI baseUrl() {
    return node.baseUrl();
  }

  /**
   * The items of a dataset of copies after {@code afterId} (0 for the first page), at most {@link
   * #PAGE}. A stored document that no longer reads is left out and logged.
   */
  @Transactional
  public ItemPage items(OpenDataset dataset, long afterId) {
    RemoteObjectKind kind = dataset.kind().orElseThrow();
    List<RemoteObject> page = copies.page(kind, afterId, PAGE);
    Map<URI, String> names = new HashMap<>();
    List<OpenItem> items = new ArrayList<>(page.size());
    for (RemoteObject copy : page) {
      item(dataset, copy, names).ifPresent(items::add);
    }
    long lastId = page.isEmpty() ? afterId : page.get(page.size() - 1).id();
    return new ItemPage(items, lastId, page.size() == PAGE);
  }

  /**
   * @param lastId the local id to read after for the next page
   * @param more whether there may be a next page
   */
  public record ItemPage(List<OpenItem> items, long lastId, boolean more) {}

  private Optional<OpenItem> item(OpenDataset dataset, RemoteObject copy, Map<URI, String> names) {
    try {
      JsonObject document = DatasetWriter.parse(copy.document().orElseThrow());
      AsObject object = codec.read(document);
      Object record =
          switch (dataset) {
            case PROJECTS -> Project.from(object);
            case SOLUTIONS -> TransferableSolution.from(object);
            case METHOD_SHEETS -> MethodSheet.from(object);
            default -> throw new IllegalArgumentException(dataset.name());
          };
      URI actor = copy.originActor();
      String name =
          names.computeIfAbsent(
              actor,
              a ->
                  entries
                      .findByActor(a)
                      .map(e -> e.description().name())
                      .orElse(copy.originName().orElse(null)));
      return Optional.of(
          new OpenItem(
              copy.id(),
              copy.objectId(),
              actor,
              name,
              license.forItem(object.string(Essaim.LICENSE).orElse(null)),
              copy.receivedAt().toInstant(),
              copy.refreshedAt().toInstant(),
              document,
              object,
              record));
    } catch (FederationException | java.util.NoSuchElementException e) {
      LOG.log(Level.WARNING, "Copy " + copy.objectId() + " left out of the open data", e);
      return Optional.empty();
    }
  }

  /** One page (from 1) of the territory directory, 100 territories a page. */
  @Transactional
  public Page<OpenTerritory> territories(int page) {
    Page<TerritoryEntryView> views =
        registry.directory(null, null, null, new PageRequest(page, PageRequest.MAX_SIZE));
    return new Page<>(
        views.items().stream().map(OpenDataService::territory).toList(),
        views.page(),
        views.size(),
        views.totalItems());
  }

  private static OpenTerritory territory(TerritoryEntryView view) {
    return new OpenTerritory(
        view.actor(),
        view.name(),
        view.region(),
        view.department(),
        view.country(),
        view.labelStatus().name(),
        view.labelDate(),
        view.updatedAt());
  }

  /** How many items a dataset holds now and when it last changed (null if never). */
  @Transactional
  public DatasetSummary summary(OpenDataset dataset) {
    if (dataset == OpenDataset.TERRITORIES) {
      Instant latest = null;
      long total = 0;
      for (int page = 1; ; page++) {
        Page<OpenTerritory> territories = territories(page);
        total = territories.totalItems();
        for (OpenTerritory t : territories.items()) {
          if (latest == null || t.updated().isAfter(latest)) {
            latest = t.updated();
          }
        }
        if (page >= territories.totalPages()) {
          break;
        }
      }
      return new DatasetSummary(dataset, total, latest);
    }
    RemoteObjectKind kind = dataset.kind().orElseThrow();
    return new DatasetSummary(
        dataset,
        copies.count(kind),
        copies.changedAt(kind).map(OffsetDateTime::toInstant).orElse(null));
  }

  /**
   * @param items how many items the dataset holds now
   * @param modified when it last changed, or null when it never held anything
   */
  public record DatasetSummary(OpenDataset dataset, long items, Instant modified) {}
}
