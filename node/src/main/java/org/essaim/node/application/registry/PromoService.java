// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.application.registry.AuthorityObjectChanged.AuthorityKind;
import org.essaim.node.domain.model.registry.EntryDescription;
import org.essaim.node.domain.model.registry.Promo;
import org.essaim.node.domain.model.registry.PromoModule;
import org.essaim.node.domain.model.registry.PromoRepository;
import org.essaim.node.domain.model.registry.PromoTerms;
import org.essaim.node.domain.model.registry.Sponsorship;
import org.essaim.node.domain.model.registry.SponsorshipRepository;
import org.essaim.node.domain.model.registry.TerritoryEntry;
import org.essaim.node.domain.model.registry.TerritoryEntryRepository;

/**
 * The promos (aggregator only). A promo's members are the registry entries that name it: setting
 * the members sets those entries' promo. Every change is published to the followers (NETWORK).
 */
@ApplicationScoped
public class PromoService {

  @Inject PromoRepository promos;
  @Inject TerritoryEntryRepository entries;
  @Inject SponsorshipRepository sponsorships;
  @Inject RegistryLinks links;
  @Inject RegistryService registry;
  @Inject Event<AuthorityObjectChanged> changes;

  Clock clock = Clock.systemUTC();

  /**
   * @param memberIds the registry entries in the promo
   * @throws ConflictException when a promo has this number already
   */
  @Transactional
  public PromoView create(PromoTerms terms, List<Long> memberIds) {
    registry.requireAggregator();
    checkTerritories(terms, memberIds);
    promos
        .findByNumber(terms.number())
        .ifPresent(
            p -> {
              throw new ConflictException("promo " + terms.number() + " exists already: " + p.id());
            });
    Promo promo = new Promo(terms, clock.instant());
    promos.add(promo);
    promos.flush();
    setMembers(promo.id(), memberIds);
    changes.fire(new AuthorityObjectChanged(AuthorityKind.PROMO, promo.id()));
    return view(promo);
  }

  @Transactional
  public List<PromoView> list() {
    registry.requireAggregator();
    return promos.all().stream().map(this::view).toList();
  }

  @Transactional
  public PromoView get(long id) {
    return view(promo(id));
  }

  @Transactional
  public PromoView describe(
      long id, PromoTerms terms, List<Long> memberIds, OptionalLong expectedVersion) {
    Promo promo = promo(id);
    StaleVersionException.requireCurrent(expectedVersion, promo.version());
    checkTerritories(terms, memberIds);
    promos
        .findByNumber(terms.number())
        .filter(p -> !p.id().equals(promo.id()))
        .ifPresent(
            p -> {
              throw new ConflictException("promo " + terms.number() + " exists already: " + p.id());
            });
    promo.describe(terms, clock.instant());
    promos.flush();
    setMembers(promo.id(), memberIds);
    changes.fire(new AuthorityObjectChanged(AuthorityKind.PROMO, promo.id()));
    return view(promo);
  }

  /** Removes a promo; its members and sponsorships no longer name it. */
  @Transactional
  public void delete(long id, OptionalLong expectedVersion) {
    Promo promo = promo(id);
    StaleVersionException.requireCurrent(expectedVersion, promo.version());
    setMembers(id, List.of());
    for (Sponsorship s : sponsorships.all()) {
      if (s.promoId().filter(p -> p == id).isPresent()) {
        s.describe(null, s.period().orElse(null), clock.instant());
        changes.fire(new AuthorityObjectChanged(AuthorityKind.SPONSORSHIP, s.id()));
      }
    }
    promos.remove(promo);
    promos.flush();
    changes.fire(new AuthorityObjectChanged(AuthorityKind.PROMO, id));
  }

  private void setMembers(long promoId, List<Long> memberIds) {
    Set<Long> wanted = new LinkedHashSet<>(memberIds);
    for (TerritoryEntry entry : entries.list(null, null, null, 0, Integer.MAX_VALUE)) {
      boolean member = entry.promoId().filter(p -> p == promoId).isPresent();
      boolean listed = wanted.contains(entry.id());
      if (member != listed) {
        EntryDescription d = entry.description();
        Long before = d.promoId();
        entry.describe(
            new EntryDescription(
                d.name(), d.region(), d.department(), d.country(), listed ? promoId : null),
            clock.instant());
        if (listed && before != null) {
          links.promoChanged(before); // it left its former promo
        }
      }
    }
  }

  private void checkTerritories(PromoTerms terms, List<Long> memberIds) {
    for (int i = 0; i < memberIds.size(); i++) {
      links.requireEntry("members[" + i + "]", memberIds.get(i));
    }
    for (int i = 0; i < terms.coAnimatorIds().size(); i++) {
      links.requireEntry("coAnimators[" + i + "]", terms.coAnimatorIds().get(i));
    }
    for (int i = 0; i < terms.modules().size(); i++) {
      PromoModule m = terms.modules().get(i);
      if (m.coAnimatorId().isPresent()) {
        links.requireEntry("modules[" + i + "].coAnimatorId", m.coAnimatorId().get());
      }
    }
  }

  Promo promo(long id) {
    registry.requireAggregator();
    return promos.find(id).orElseThrow(() -> new NotFoundException("there is no promo " + id));
  }

  PromoView view(Promo promo) {
    PromoTerms t = promo.terms();
    List<TerritoryRef> members =
        entries.list(null, null, null, 0, Integer.MAX_VALUE).stream()
            .filter(e -> e.promoId().filter(p -> p.equals(promo.id())).isPresent())
            .map(TerritoryRef::of)
            .toList();
    return new PromoView(
        promo.id(),
        t.number(),
        t.name(),
        t.period(),
        t.durationMonths(),
        t.eligibilityCommitteeDate(),
        members,
        t.coAnimatorIds().stream().flatMap(id -> links.ref(id).stream()).toList(),
        t.modules().stream()
            .map(
                m ->
                    new PromoView.ModuleView(
                        m.title(),
                        m.format(),
                        m.coAnimatorId().flatMap(links::ref).orElse(null),
                        m.openToLabelled()))
            .toList(),
        promo.version(),
        promo.createdAt(),
        promo.updatedAt());
  }
}
