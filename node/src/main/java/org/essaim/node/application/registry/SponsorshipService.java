// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.application.registry.AuthorityObjectChanged.AuthorityKind;
import org.essaim.node.domain.model.registry.LabelStatus;
import org.essaim.node.domain.model.registry.Sponsorship;
import org.essaim.node.domain.model.registry.SponsorshipRepository;
import org.essaim.node.domain.model.registry.SponsorshipStatus;
import org.essaim.node.domain.model.registry.TerritoryEntry;

/**
 * The sponsorships (parrainages) between registered territories (aggregator only): the parrain is
 * labelled, a parrain may have several filleuls, a filleul at most one active parrain. Every change
 * is published to the followers (NETWORK).
 */
@ApplicationScoped
public class SponsorshipService {

  @Inject SponsorshipRepository sponsorships;
  @Inject RegistryLinks links;
  @Inject RegistryService registry;
  @Inject Event<AuthorityObjectChanged> changes;

  Clock clock = Clock.systemUTC();

  /**
   * @throws ConflictException when the parrain is not labelled or the filleul has an active parrain
   */
  @Transactional
  public SponsorshipView create(
      long sponsorId, long sponseeId, Long promoId, String period, SponsorshipStatus status) {
    registry.requireAggregator();
    TerritoryEntry sponsor = links.requireEntry("sponsorId", sponsorId);
    links.requireEntry("sponseeId", sponseeId);
    links.requirePromo(promoId);
    Sponsorship sponsorship =
        new Sponsorship(sponsorId, sponseeId, promoId, period, status, clock.instant());
    if (status != SponsorshipStatus.ENDED) {
      requireLabelled(sponsor);
    }
    if (status == SponsorshipStatus.ACTIVE) {
      requireNoOtherActive(sponseeId, null);
    }
    sponsorships.add(sponsorship);
    changes.fire(new AuthorityObjectChanged(AuthorityKind.SPONSORSHIP, sponsorship.id()));
    return view(sponsorship);
  }

  @Transactional
  public List<SponsorshipView> list(SponsorshipStatus status) {
    registry.requireAggregator();
    return sponsorships.all().stream()
        .filter(s -> status == null || s.status() == status)
        .map(this::view)
        .toList();
  }

  @Transactional
  public SponsorshipView get(long id) {
    return view(sponsorship(id));
  }

  /**
   * Changes the promo, the period and the status (PROPOSED → ACTIVE → ENDED).
   *
   * @throws org.essaim.node.domain.shared.IllegalTransitionException on a move back
   */
  @Transactional
  public SponsorshipView change(
      long id,
      Long promoId,
      String period,
      SponsorshipStatus status,
      OptionalLong expectedVersion) {
    Sponsorship sponsorship = sponsorship(id);
    StaleVersionException.requireCurrent(expectedVersion, sponsorship.version());
    links.requirePromo(promoId);
    if (status == SponsorshipStatus.ACTIVE && sponsorship.status() != SponsorshipStatus.ACTIVE) {
      requireLabelled(links.requireEntry("sponsorId", sponsorship.sponsorId()));
      requireNoOtherActive(sponsorship.sponseeId(), sponsorship.id());
    }
    sponsorship.moveTo(status, clock.instant());
    sponsorship.describe(promoId, period, clock.instant());
    changes.fire(new AuthorityObjectChanged(AuthorityKind.SPONSORSHIP, sponsorship.id()));
    return view(sponsorship);
  }

  @Transactional
  public void delete(long id, OptionalLong expectedVersion) {
    Sponsorship sponsorship = sponsorship(id);
    StaleVersionException.requireCurrent(expectedVersion, sponsorship.version());
    sponsorships.remove(sponsorship);
    changes.fire(new AuthorityObjectChanged(AuthorityKind.SPONSORSHIP, id));
  }

  private static void requireLabelled(TerritoryEntry sponsor) {
    if (sponsor.labelStatus() != LabelStatus.LABELLED) {
      throw new ConflictException(
          "a parrain must be a labelled territory; "
              + sponsor.name()
              + " is "
              + sponsor.labelStatus());
    }
  }

  private void requireNoOtherActive(long sponseeId, Long except) {
    sponsorships.involving(sponseeId).stream()
        .filter(
            s ->
                s.sponseeId() == sponseeId
                    && s.status() == SponsorshipStatus.ACTIVE
                    && !s.id().equals(except))
        .findFirst()
        .ifPresent(
            s -> {
              throw new ConflictException(
                  "this territory already has an active sponsorship: " + s.id());
            });
  }

  Sponsorship sponsorship(long id) {
    registry.requireAggregator();
    return sponsorships
        .find(id)
        .orElseThrow(() -> new NotFoundException("there is no sponsorship " + id));
  }

  SponsorshipView view(Sponsorship s) {
    return new SponsorshipView(
        s.id(),
        links.ref(s.sponsorId()).orElse(null),
        links.ref(s.sponseeId()).orElse(null),
        s.promoId().orElse(null),
        s.period().orElse(null),
        s.status(),
        s.version(),
        s.createdAt(),
        s.updatedAt());
  }
}
