// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.registry.AuthorityObjectChanged.AuthorityKind;
import org.essaim.node.domain.model.registry.Promo;
import org.essaim.node.domain.model.registry.PromoRepository;
import org.essaim.node.domain.model.registry.Sponsorship;
import org.essaim.node.domain.model.registry.SponsorshipRepository;
import org.essaim.node.domain.model.registry.SponsorshipStatus;
import org.essaim.node.domain.model.registry.TerritoryEntry;
import org.essaim.node.domain.model.registry.TerritoryEntryRepository;

/** What registry entries, promos and sponsorships say about each other. */
@ApplicationScoped
public class RegistryLinks {

  @Inject TerritoryEntryRepository entries;
  @Inject PromoRepository promos;
  @Inject SponsorshipRepository sponsorships;
  @Inject Event<AuthorityObjectChanged> changes;

  Clock clock = Clock.systemUTC();

  /**
   * @throws InvalidInputException naming {@code promoId} when the promo does not exist
   */
  void requirePromo(Long promoId) {
    requirePromo("promoId", promoId);
  }

  void requirePromo(String field, Long promoId) {
    if (promoId != null && promos.find(promoId).isEmpty()) {
      throw new InvalidInputException(
          List.of(new FieldError(field, "there is no promo " + promoId)));
    }
  }

  /**
   * @throws InvalidInputException naming the field when the territory is not registered
   */
  TerritoryEntry requireEntry(String field, long id) {
    return entries
        .find(id)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    List.of(
                        new FieldError(
                            field, "there is no territory " + id + " in the registry"))));
  }

  Optional<TerritoryRef> ref(long entryId) {
    return entries.find(entryId).map(TerritoryRef::of);
  }

  /** The parrain of the territory's active sponsorship. */
  Optional<URI> activeSponsor(URI territory) {
    return entries
        .findByActor(territory)
        .flatMap(
            e ->
                sponsorships.involving(e.id()).stream()
                    .filter(s -> s.sponseeId() == e.id() && s.status() == SponsorshipStatus.ACTIVE)
                    .findFirst())
        .flatMap(s -> entries.find(s.sponsorId()))
        .map(TerritoryEntry::actor);
  }

  /** A promo's members changed (an entry joined or left it): the promo is published again. */
  void promoChanged(Long promoId) {
    if (promoId != null) {
      changes.fire(new AuthorityObjectChanged(AuthorityKind.PROMO, promoId));
    }
  }

  /**
   * An entry is being removed: its sponsorships go (a Delete each), the promos it co-animated or
   * belonged to change.
   */
  void entryRemoved(TerritoryEntry entry) {
    long id = entry.id();
    for (Sponsorship s : sponsorships.involving(id)) {
      sponsorships.remove(s);
      changes.fire(new AuthorityObjectChanged(AuthorityKind.SPONSORSHIP, s.id()));
    }
    for (Promo p : promos.all()) {
      boolean concerned =
          p.terms().coAnimatorIds().contains(id)
              || p.terms().modules().stream()
                  .anyMatch(m -> m.coAnimatorId().filter(c -> c == id).isPresent());
      if (concerned) {
        p.forget(id, clock.instant());
        promoChanged(p.id());
      }
    }
  }
}
