// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.essaim.federation.vocab.Collection;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.infrastructure.config.NodeSettings;
import org.essaim.node.infrastructure.federation.publishing.OutboxActivity;
import org.essaim.node.infrastructure.federation.publishing.PublishedKind;
import org.essaim.node.infrastructure.federation.publishing.PublishedObject;
import org.essaim.node.infrastructure.federation.publishing.PublishingStore;
import org.essaim.node.infrastructure.federation.publishing.WireDocuments;

/**
 * The territory's outbox and its collections of shared objects: an {@code OrderedCollection} with
 * {@code totalItems} and {@code first}, and pages ({@code ?page=1}…) of {@value #PAGE_SIZE} items,
 * newest first, with absolute {@code next}/{@code prev} links under {@code essaim.base.url} (so
 * that a signed GET of each page verifies). Only what the reader may see is counted and listed.
 */
@ApplicationScoped
public class PublishedCollections {

  public static final int PAGE_SIZE = 20;

  @Inject PublishingStore store;
  @Inject NodeSettings node;

  private FederationUrls urls() {
    return FederationUrls.of(node.baseUrl());
  }

  /** The outbox (page 0 means the collection itself): activities embedded in full. */
  public byte[] outbox(Set<Visibility> audiences, int page) {
    URI id = urls().territoryOutbox();
    long total = store.countActivities(audiences);
    if (page == 0) {
      return collection(id, total);
    }
    List<OutboxActivity> activities =
        store.activities(audiences, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    JsonArrayBuilder items = Json.createArrayBuilder();
    activities.forEach(a -> items.add(WireDocuments.parse(a.document())));
    return page(id, page, total, items);
  }

  /** The shared objects of a kind: their addresses (fetch each for the signed document). */
  public byte[] objects(ShareableKind kind, Set<Visibility> audiences, int page) {
    URI id = urls().territoryCollection(kind);
    long total = store.countObjects(PublishedKind.of(kind), audiences);
    if (page == 0) {
      return collection(id, total);
    }
    List<PublishedObject> objects =
        store.objects(PublishedKind.of(kind), audiences, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    JsonArrayBuilder items = Json.createArrayBuilder();
    objects.forEach(o -> items.add(o.objectUri().toString()));
    return page(id, page, total, items);
  }

  private static byte[] collection(URI id, long total) {
    Collection collection =
        Collection.builder(id, true, false)
            .totalItems(total)
            .first(FederationUrls.page(id, 1))
            .last(FederationUrls.page(id, lastPage(total)))
            .build();
    return bytes(WireDocuments.unsigned(collection.asObject()));
  }

  private static byte[] page(URI id, int page, long total, JsonArrayBuilder items) {
    Collection.Builder builder =
        Collection.builder(FederationUrls.page(id, page), true, true).partOf(id).totalItems(total);
    if (page < lastPage(total)) {
      builder.next(FederationUrls.page(id, page + 1));
    }
    if (page > 1) {
      builder.prev(FederationUrls.page(id, page - 1));
    }
    JsonObject written = WireDocuments.unsigned(builder.build().asObject());
    return bytes(Json.createObjectBuilder(written).add("orderedItems", items).build());
  }

  static int lastPage(long total) {
    return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  private static byte[] bytes(JsonObject json) {
    return WireDocuments.text(json).getBytes(StandardCharsets.UTF_8);
  }

  /** The page asked by {@code ?page=}: 0 for none, -1 when malformed. */
  public static int pageParameter(String value) {
    if (value == null) {
      return 0;
    }
    try {
      int page = Integer.parseInt(value);
      return page >= 1 && page <= 1_000_000 ? page : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
