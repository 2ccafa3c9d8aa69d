// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.essaim.node.application.NodeMode;
import org.essaim.node.domain.model.registry.PromoRepository;
import org.essaim.node.domain.model.registry.PromoTerms;
import org.essaim.node.domain.model.registry.TerritoryEntry;
import org.essaim.node.domain.model.registry.TerritoryEntryRepository;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.infrastructure.config.NodeSettings;
import org.essaim.node.infrastructure.federation.publishing.PublishedKind;
import org.essaim.node.infrastructure.federation.publishing.PublishedObjectSource;
import org.essaim.node.infrastructure.federation.publishing.SharedObject;
import org.essaim.node.infrastructure.federation.publishing.WireObjects;
import org.essaim.node.interfaces.federation.FederationUrls;

/**
 * The promos, NETWORK: number, name, period, duration, member and co-animating territories (their
 * actors). The modules and the eligibility committee's date stay on the aggregator.
 */
@ApplicationScoped
public class PromoSource implements PublishedObjectSource {

  @Inject PromoRepository promos;
  @Inject TerritoryEntryRepository entries;
  @Inject NodeMode mode;
  @Inject NodeSettings node;

  @Override
  public PublishedKind kind() {
    return PublishedKind.PROMO;
  }

  @Override
  public Optional<SharedObject> current(long id) {
    if (mode != NodeMode.AGGREGATOR) {
      return Optional.empty();
    }
    FederationUrls urls = FederationUrls.of(node.baseUrl());
    return promos
        .find(id)
        .map(
            p -> {
              PromoTerms terms = p.terms();
              List<URI> members =
                  entries.list(null, null, null, 0, Integer.MAX_VALUE).stream()
                      .filter(e -> e.promoId().filter(x -> x == id).isPresent())
                      .map(TerritoryEntry::actor)
                      .toList();
              List<URI> coAnimators =
                  terms.coAnimatorIds().stream()
                      .flatMap(t -> entries.find(t).stream())
                      .map(TerritoryEntry::actor)
                      .toList();
              return new SharedObject(
                  urls.object(kind(), id),
                  kind(),
                  id,
                  Visibility.NETWORK,
                  WireObjects.withTimes(
                      RegistryWire.promo(urls, id, terms, members, coAnimators).toAsObject(),
                      p.createdAt(),
                      p.updatedAt()));
            });
  }
}
