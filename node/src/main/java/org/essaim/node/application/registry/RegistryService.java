// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import org.essaim.federation.vocab.Actor;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.NodeMode;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.application.federation.follow.FollowService;
import org.essaim.node.domain.model.peer.FollowState;
import org.essaim.node.domain.model.peer.Peer;
import org.essaim.node.domain.model.peer.PeerRepository;
import org.essaim.node.domain.model.registry.EntryDescription;
import org.essaim.node.domain.model.registry.LabelStatus;
import org.essaim.node.domain.model.registry.LabelStatusChange;
import org.essaim.node.domain.model.registry.LabelStatusChangeRepository;
import org.essaim.node.domain.model.registry.TerritoryEntry;
import org.essaim.node.domain.model.registry.TerritoryEntryRepository;

/**
 * The registry of territories, on the aggregator only. Registering a territory makes the aggregator
 * follow its actor (the backfill of its outbox starts when the territory accepts); removing it
 * unfollows. Every move of a label status is announced ({@link LabelStatusChanged}) in the
 * transaction of the move, so the label attestation follows it or nothing happens.
 */
@ApplicationScoped
public class RegistryService {

  @Inject TerritoryEntryRepository entries;
  @Inject LabelStatusChangeRepository changes;
  @Inject PeerRepository peers;
  @Inject FollowService follows;
  @Inject NodeMode mode;
  @Inject Event<LabelStatusChanged> statusChanges;
  @Inject RegistryLinks links;

  Clock clock = Clock.systemUTC();

  /**
   * Registers a territory (its actor fetched already) and follows it.
   *
   * @throws ConflictException when the actor is already registered, or cannot be followed (blocked)
   */
  @Transactional
  public TerritoryEntryView register(
      Actor actor, EntryDescription description, LabelStatus status, LocalDate labelDate) {
    requireAggregator();
    entries
        .findByActor(actor.id())
        .ifPresent(
            e -> {
              throw new ConflictException(
                  "<" + actor.id() + "> is already registered, as territory " + e.id());
            });
    links.requirePromo(description.promoId());
    TerritoryEntry entry =
        new TerritoryEntry(actor.id(), description, status, labelDate, clock.instant());
    entries.add(entry);
    entries.flush();
    links.promoChanged(description.promoId());
    boolean following =
        peers
            .findByActor(actor.id())
            .map(
                p ->
                    p.followingState() == FollowState.PENDING
                        || p.followingState() == FollowState.ACCEPTED)
            .orElse(false);
    if (!following) {
      follows.follow(actor);
    }
    statusChanges.fire(new LabelStatusChanged(entry.id(), null, status));
    return view(entry);
  }

  /**
   * @param statuses the label statuses to list, null for any
   */
  @Transactional
  public Page<TerritoryEntryView> list(
      Set<LabelStatus> statuses, String region, String country, PageRequest page) {
    requireAggregator();
    int offset = (int) Math.min(Integer.MAX_VALUE, page.offset());
    return new Page<>(
        entries.list(statuses, region, country, offset, page.size()).stream()
            .map(this::view)
            .toList(),
        page.page(),
        page.size(),
        entries.count(statuses, region, country));
  }

  /**
   * The public directory: every territory but mere prospects.
   *
   * @param status one status, or null for every listed one
   */
  @Transactional
  public Page<TerritoryEntryView> directory(
      LabelStatus status, String region, String country, PageRequest page) {
    Set<LabelStatus> statuses =
        status == null
            ? EnumSet.complementOf(EnumSet.of(LabelStatus.PROSPECT))
            : status.listedPublicly() ? EnumSet.of(status) : EnumSet.noneOf(LabelStatus.class);
    return list(statuses, region, country, page);
  }

  @Transactional
  public TerritoryEntryView get(long id) {
    return view(entry(id));
  }

  @Transactional
  public TerritoryEntryView describe(
      long id, EntryDescription description, OptionalLong expectedVersion) {
    TerritoryEntry entry = current(id, expectedVersion);
    links.requirePromo(description.promoId());
    Long before = entry.promoId().orElse(null);
    entry.describe(description, clock.instant());
    entries.flush();
    if (!java.util.Objects.equals(before, description.promoId())) {
      links.promoChanged(before);
      links.promoChanged(description.promoId());
    }
    return view(entry);
  }

  /**
   * Moves a territory along the label path.
   *
   * @throws org.essaim.node.domain.shared.IllegalTransitionException (409) when the path does not
   *     allow it
   */
  @Transactional
  public TerritoryEntryView changeStatus(
      long id, LabelStatus target, LocalDate labelDate, OptionalLong expectedVersion) {
    return changeStatus(id, target, labelDate, null, null, expectedVersion);
  }

  /**
   * Moves a territory along the label path and records why.
   *
   * @param reason why, for the national team (optional, at most 2000 characters)
   * @param by the administrator's account
   */
  @Transactional
  public TerritoryEntryView changeStatus(
      long id,
      LabelStatus target,
      LocalDate labelDate,
      String reason,
      String by,
      OptionalLong expectedVersion) {
    TerritoryEntry entry = current(id, expectedVersion);
    move(entry, target, labelDate, reason, by);
    entries.flush();
    return view(entry);
  }

  /** A territory's moves along the label path, newest first. */
  @Transactional
  public java.util.List<LabelStatusChangeView> statusHistory(long id) {
    entry(id);
    return changes.byTerritory(id).stream().map(LabelStatusChangeView::of).toList();
  }

  /**
   * Moves an entry (a committee decision, or an administrator), records the move and announces it.
   */
  void move(
      TerritoryEntry entry, LabelStatus target, LocalDate labelDate, String reason, String by) {
    // Checked before the move: a reason too long changes nothing.
    String why = LabelStatusChange.checkedReason(reason);
    LabelStatus before = entry.moveTo(target, labelDate, clock.instant());
    changes.add(
        new LabelStatusChange(
            entry.id(), before, target, entry.labelDate().orElse(null), why, by, clock.instant()));
    statusChanges.fire(new LabelStatusChanged(entry.id(), before, target));
  }

  /** Removes a territory from the registry; the aggregator stops following it. */
  @Transactional
  public void remove(long id, OptionalLong expectedVersion) {
    TerritoryEntry entry = current(id, expectedVersion);
    statusChanges.fire(new LabelStatusChanged(entry.id(), entry.labelStatus(), null));
    links.entryRemoved(entry);
    Long promo = entry.promoId().orElse(null);
    entries.remove(entry);
    entries.flush();
    links.promoChanged(promo);
    peers
        .findByActor(entry.actor())
        .filter(
            p ->
                p.followingState() == FollowState.PENDING
                    || p.followingState() == FollowState.ACCEPTED)
        .map(Peer::id)
        .ifPresent(follows::unfollow);
  }

  TerritoryEntry entry(long id) {
    requireAggregator();
    return entries
        .find(id)
        .orElseThrow(
            () -> new NotFoundException("there is no territory " + id + " in the registry"));
  }

  private TerritoryEntry current(long id, OptionalLong expectedVersion) {
    TerritoryEntry entry = entry(id);
    StaleVersionException.requireCurrent(expectedVersion, entry.version());
    return entry;
  }

  TerritoryEntryView view(TerritoryEntry entry) {
    String following =
        peers.findByActor(entry.actor()).map(p -> p.followingState().name()).orElse("NONE");
    URI sponsor = links.activeSponsor(entry.actor()).orElse(null);
    return TerritoryEntryView.of(entry, sponsor, following);
  }

  void requireAggregator() {
    if (mode != NodeMode.AGGREGATOR) {
      throw new NotFoundException("the registry exists on the national aggregator only");
    }
  }
}
