// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.essaim.node.application.KeyFiguresService;
import org.essaim.node.application.NodeMode;
import org.essaim.node.application.TerritoryProfileService;
import org.essaim.node.domain.model.figures.KeyFigures;
import org.essaim.node.domain.model.figures.TerritoryFigures;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.infrastructure.config.NodeSettings;
import org.essaim.node.infrastructure.federation.publishing.PublishedKind;
import org.essaim.node.infrastructure.federation.publishing.PublishedObject;
import org.essaim.node.infrastructure.federation.publishing.PublishedObjectSource;
import org.essaim.node.infrastructure.federation.publishing.PublishingStore;
import org.essaim.node.infrastructure.federation.publishing.SharedObject;
import org.essaim.node.infrastructure.federation.publishing.WireObjects;
import org.essaim.node.interfaces.federation.FederationUrls;

/**
 * This territory's key figures as one PUBLIC object at {@code /objects/key-figures/1}: the figures
 * {@code GET /api/key-figures} shows (small counts withheld), computed now. An aggregator publishes
 * none (its totals are other territories' figures).
 */
@ApplicationScoped
public class KeyFiguresSource implements PublishedObjectSource {

  /** The one figures object of a territory: its address never changes. */
  public static final long ID = 1;

  @Inject KeyFiguresService figures;
  @Inject TerritoryProfileService profile;
  @Inject NodeMode mode;
  @Inject NodeSettings node;
  @Inject PublishingStore store;

  @Override
  public PublishedKind kind() {
    return PublishedKind.KEY_FIGURES;
  }

  @Override
  public Optional<SharedObject> current(long id) {
    if (id != ID || mode != NodeMode.TERRITORY) {
      return Optional.empty();
    }
    FederationUrls urls = FederationUrls.of(node.baseUrl());
    URI address = urls.object(PublishedKind.KEY_FIGURES, ID);
    KeyFigures now = figures.current();
    TerritoryFigures territory = TerritoryFigures.of(now, profile.current().profile().timeZone());
    Instant first = store.object(address).map(PublishedObject::firstPublishedAt).orElse(now.asOf());
    return Optional.of(
        new SharedObject(
            address,
            PublishedKind.KEY_FIGURES,
            ID,
            Visibility.PUBLIC,
            WireObjects.withTimes(
                KeyFiguresWire.of(address, urls.territoryActor(), territory).toAsObject(),
                first,
                now.asOf())));
  }

  /** The figures as they would be published now (for the node's own history). */
  TerritoryFigures territoryFigures() {
    return TerritoryFigures.of(figures.current(), profile.current().profile().timeZone());
  }
}
