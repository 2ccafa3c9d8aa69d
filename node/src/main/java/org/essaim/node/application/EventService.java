// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.essaim.node.application.federation.publishing.SharedObjectChanged;
import org.essaim.node.domain.model.campaign.CampaignRepository;
import org.essaim.node.domain.model.challenge.ChallengeRepository;
import org.essaim.node.domain.model.challenge.SolutionIdeaRepository;
import org.essaim.node.domain.model.event.Event;
import org.essaim.node.domain.model.event.EventDescription;
import org.essaim.node.domain.model.event.EventRepository;
import org.essaim.node.domain.model.event.EventSearch;
import org.essaim.node.domain.model.event.EventState;
import org.essaim.node.domain.model.event.EventType;
import org.essaim.node.domain.model.territory.TerritoryRepository;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.essaim.node.domain.shared.Visibility;

/**
 * Events: description, counts and state. The public reads NODE_PUBLIC and PUBLIC ones; the team
 * everything. The calendar export holds public events only, upcoming and recent.
 */
@ApplicationScoped
public class EventService {

  /** How far back the calendar feed goes: events that ended within this period stay in it. */
  public static final Duration CALENDAR_PAST = Duration.ofDays(90);

  /** At most this many events in the calendar feed. */
  public static final int CALENDAR_MAX_EVENTS = 500;

  @Inject EventRepository events;
  @Inject VisibilityDefaultService visibilityDefaults;
  @Inject CampaignRepository campaigns;
  @Inject ChallengeRepository challenges;
  @Inject SolutionIdeaRepository solutionIdeas;
  @Inject TerritoryRepository territories;
  @Inject NodeAddress address;
  @Inject Clock clock;
  @Inject jakarta.enterprise.event.Event<SharedObjectChanged> shared;

  /** The territory's time zone: events use it unless they name another. */
  @Transactional
  public ZoneId defaultTimeZone() {
    return territories
        .thisNode()
        .map(t -> t.profile().timeZone())
        .orElseThrow(() -> new IllegalStateException("the node's territory is not initialised"));
  }

  /**
   * @throws InvalidInputException when the campaign, a défi or a solution idea does not exist
   */
  @Transactional
  public EventView create(EventDescription description) {
    requireReferences(description);
    Event event =
        new Event(description, visibilityDefaults.defaultFor(ShareableKind.EVENT), clock.instant());
    events.add(event);
    events.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.EVENT, event.id()));
    return EventView.of(event);
  }

  /**
   * @param from only events starting on this local date or later
   * @param to only events starting on this local date or earlier
   * @param latestFirst latest start first; otherwise earliest first
   */
  @Transactional
  public Page<EventView> list(
      boolean team,
      Optional<EventType> type,
      Optional<Long> campaignId,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      Optional<String> text,
      boolean latestFirst,
      PageRequest request) {
    EventSearch search =
        new EventSearch(
            Visibilities.readableBy(team),
            type,
            campaignId,
            from,
            to,
            Optional.empty(),
            text,
            latestFirst);
    return new Page<>(
        events.search(search, Page.offset(request), request.size()).stream()
            .map(EventView::of)
            .toList(),
        request.page(),
        request.size(),
        events.count(search));
  }

  @Transactional
  public EventView get(long id, boolean team) {
    return EventView.of(visible(id, team));
  }

  /** The public calendar: public events that end after {@link #CALENDAR_PAST} ago. */
  @Transactional
  public EventCalendar publicCalendar() {
    Instant now = clock.instant();
    EventSearch search =
        new EventSearch(
            EnumSet.of(Visibility.NODE_PUBLIC, Visibility.PUBLIC),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(now.minus(CALENDAR_PAST)),
            Optional.empty(),
            false);
    return new EventCalendar(
        calendarName(),
        address.host(),
        now,
        events.search(search, 0, CALENDAR_MAX_EVENTS).stream().map(EventView::of).toList());
  }

  /** One event as a calendar, if the caller may read it. */
  @Transactional
  public EventCalendar calendarOf(long id, boolean team) {
    return new EventCalendar(
        calendarName(), address.host(), clock.instant(), List.of(EventView.of(visible(id, team))));
  }

  @Transactional
  public EventView describe(long id, EventDescription description, OptionalLong expectedVersion) {
    Event event = current(id, expectedVersion);
    requireReferences(description);
    event.describe(description, clock.instant());
    events.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.EVENT, id));
    return EventView.of(event);
  }

  /**
   * @throws org.essaim.node.domain.shared.IllegalTransitionException for an illegal move
   */
  @Transactional
  public EventView moveTo(long id, EventState target, OptionalLong expectedVersion) {
    Event event = current(id, expectedVersion);
    event.moveTo(target, clock.instant());
    events.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.EVENT, id));
    return EventView.of(event);
  }

  @Transactional
  public void delete(long id, OptionalLong expectedVersion) {
    events.remove(current(id, expectedVersion));
    events.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.EVENT, id));
  }

  private String calendarName() {
    return territories.thisNode().map(t -> t.profile().name()).orElse("Essaim");
  }

  private Event visible(long id, boolean team) {
    return events
        .find(id)
        .filter(e -> team || e.visibility().readableByPublic())
        .orElseThrow(() -> new NotFoundException("there is no event " + id));
  }

  private Event current(long id, OptionalLong expectedVersion) {
    Event event = visible(id, true);
    StaleVersionException.requireCurrent(expectedVersion, event.version());
    return event;
  }

  private void requireReferences(EventDescription description) {
    List<FieldError> errors = new ArrayList<>();
    Long campaign = description.campaignId();
    if (campaign != null && campaigns.find(campaign).isEmpty()) {
      errors.add(new FieldError("campaignId", "there is no campaign " + campaign));
    }
    List<Long> challengeIds = description.challengeIds();
    for (int i = 0; i < challengeIds.size(); i++) {
      if (challenges.find(challengeIds.get(i)).isEmpty()) {
        errors.add(
            new FieldError("challengeIds[" + i + "]", "there is no défi " + challengeIds.get(i)));
      }
    }
    List<Long> ideaIds = description.solutionIdeaIds();
    for (int i = 0; i < ideaIds.size(); i++) {
      if (solutionIdeas.find(ideaIds.get(i)).isEmpty()) {
        errors.add(
            new FieldError(
                "solutionIdeaIds[" + i + "]", "there is no solution idea " + ideaIds.get(i)));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
