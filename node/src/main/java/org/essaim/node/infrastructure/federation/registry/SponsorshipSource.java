// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.essaim.node.application.NodeMode;
import org.essaim.node.domain.model.registry.PromoRepository;
import org.essaim.node.domain.model.registry.Sponsorship;
import org.essaim.node.domain.model.registry.SponsorshipRepository;
import org.essaim.node.domain.model.registry.TerritoryEntry;
import org.essaim.node.domain.model.registry.TerritoryEntryRepository;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.infrastructure.config.NodeSettings;
import org.essaim.node.infrastructure.federation.publishing.PublishedKind;
import org.essaim.node.infrastructure.federation.publishing.PublishedObjectSource;
import org.essaim.node.infrastructure.federation.publishing.SharedObject;
import org.essaim.node.infrastructure.federation.publishing.WireObjects;
import org.essaim.node.interfaces.federation.FederationUrls;

/** The sponsorships, NETWORK: parrain and filleul (their actors), promo, period, status. */
@ApplicationScoped
public class SponsorshipSource implements PublishedObjectSource {

  @Inject SponsorshipRepository sponsorships;
  @Inject TerritoryEntryRepository entries;
  @Inject PromoRepository promos;
  @Inject NodeMode mode;
  @Inject NodeSettings node;

  @Override
  public PublishedKind kind() {
    return PublishedKind.SPONSORSHIP;
  }

  @Override
  public Optional<SharedObject> current(long id) {
    if (mode != NodeMode.AGGREGATOR) {
      return Optional.empty();
    }
    FederationUrls urls = FederationUrls.of(node.baseUrl());
    Optional<Sponsorship> found = sponsorships.find(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Sponsorship s = found.get();
    Optional<TerritoryEntry> sponsor = entries.find(s.sponsorId());
    Optional<TerritoryEntry> sponsee = entries.find(s.sponseeId());
    if (sponsor.isEmpty() || sponsee.isEmpty()) {
      return Optional.empty();
    }
    Long promo = s.promoId().filter(p -> promos.find(p).isPresent()).orElse(null);
    return Optional.of(
        new SharedObject(
            urls.object(kind(), id),
            kind(),
            id,
            Visibility.NETWORK,
            WireObjects.withTimes(
                RegistryWire.sponsorship(
                        urls,
                        id,
                        sponsor.get().actor(),
                        sponsee.get().actor(),
                        promo,
                        s.period().orElse(null),
                        s.status().name())
                    .toAsObject(),
                s.createdAt(),
                s.updatedAt())));
  }
}
