// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.essaim.federation.FederationException;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Event;
import org.essaim.federation.vocab.Place;
import org.essaim.node.application.EventView;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.TerritoryProfileService;
import org.essaim.node.domain.model.event.EventRepository;
import org.essaim.node.domain.model.event.EventSearch;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectKind;
import org.essaim.node.domain.model.remote.RemoteObjectRepository;
import org.essaim.node.domain.model.remote.RemoteObjectSearch;
import org.essaim.node.domain.shared.Visibility;

/**
 * This node's events and its peers' (copies of their AS2 Events) starting in a date range, earliest
 * first. Anonymous callers get this node's public events (NODE_PUBLIC, PUBLIC) and PUBLIC copies;
 * signed-in members also NETWORK ones. Dates are in this territory's time zone.
 */
@ApplicationScoped
@Transactional
public class NetworkCalendar {

  /** The longest range asked at once. */
  public static final int MAX_DAYS = 3 * 366;

  /** At most this many events from each source (own, copies) per request. */
  static final int MAX_PER_SOURCE = 2000;

  @Inject EventRepository events;
  @Inject RemoteObjectRepository copies;
  @Inject TerritoryProfileService territory;

  private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

  /**
   * One event of the calendar.
   *
   * @param local this node's event, or empty for a peer's
   * @param objectId the peer's event id, or empty for this node's
   * @param end empty when the peer did not say
   * @param audience PUBLIC, NODE_PUBLIC or NETWORK
   * @param origin the actor it comes from (this node's territory actor for its own: empty)
   */
  public record Item(
      Optional<EventView> local,
      Optional<URI> objectId,
      String title,
      Instant start,
      Optional<Instant> end,
      Optional<String> location,
      Optional<URI> url,
      String audience,
      Optional<URI> origin,
      Optional<String> originName,
      boolean cancelled) {}

  /** The zone the calendar's dates are read in: this territory's. */
  public ZoneId zone() {
    return territory.current().profile().timeZone();
  }

  public Page<Item> page(
      boolean signedIn, Optional<LocalDate> from, Optional<LocalDate> to, PageRequest request) {
    List<Item> all = items(signedIn, from, to);
    int offset = (int) Math.min(all.size(), request.offset());
    int end = Math.min(all.size(), offset + request.size());
    return new Page<>(all.subList(offset, end), request.page(), request.size(), all.size());
  }

  /** Every event of the range, earliest first. */
  public List<Item> items(boolean signedIn, Optional<LocalDate> from, Optional<LocalDate> to) {
    ZoneId zone = zone();
    LocalDate first = from.orElseGet(() -> LocalDate.now(zone));
    LocalDate last = to.orElse(first.plusDays(365));
    if (last.isBefore(first)) {
      throw new InvalidInputException(List.of(new FieldError("to", "must not be before from")));
    }
    if (first.plusDays(MAX_DAYS).isBefore(last)) {
      throw new InvalidInputException(
          List.of(new FieldError("to", "at most " + MAX_DAYS + " days after from")));
    }
    Instant start = first.atStartOfDay(zone).toInstant();
    Instant until = last.plusDays(1).atStartOfDay(zone).toInstant();
    List<Item> items = new ArrayList<>();
    Set<Visibility> own =
        signedIn
            ? EnumSet.of(Visibility.NODE_PUBLIC, Visibility.PUBLIC, Visibility.NETWORK)
            : EnumSet.of(Visibility.NODE_PUBLIC, Visibility.PUBLIC);
    EventSearch search =
        new EventSearch(
            own,
            Optional.empty(),
            Optional.empty(),
            Optional.of(first),
            Optional.of(last),
            Optional.empty(),
            Optional.empty(),
            false);
    events.search(search, 0, MAX_PER_SOURCE).stream()
        .map(EventView::of)
        .map(NetworkCalendar::local)
        .forEach(items::add);
    RemoteObjectSearch copiesSearch =
        new RemoteObjectSearch(
            Optional.of(RemoteObjectKind.EVENT), Optional.empty(), Optional.empty(), !signedIn);
    for (RemoteObject copy : copies.search(copiesSearch, 0, MAX_PER_SOURCE)) {
      remote(copy)
          .filter(i -> !i.start().isBefore(start) && i.start().isBefore(until))
          .ifPresent(items::add);
    }
    items.sort(Comparator.comparing(Item::start).thenComparing(Item::title));
    return items;
  }

  private static Item local(EventView view) {
    var d = view.description();
    return new Item(
        Optional.of(view),
        Optional.empty(),
        d.title(),
        d.startsAt().atZone(d.timeZone()).toInstant(),
        Optional.of(d.endsAt().atZone(d.timeZone()).toInstant()),
        Optional.ofNullable(d.place() != null ? d.place().oneLine() : null),
        Optional.ofNullable(d.onlineUrl()).flatMap(NetworkCalendar::uri),
        d.visibility().name(),
        Optional.empty(),
        Optional.empty(),
        view.state() == org.essaim.node.domain.model.event.EventState.CANCELLED);
  }

  private static Optional<URI> uri(String text) {
    try {
      return Optional.of(URI.create(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a link the calendar cannot give is left out, not an error
    }
  }

  /** A copy read as an AS2 Event; empty when its document is not one (malformed, no start). */
  Optional<Item> remote(RemoteObject copy) {
    if (copy.isDeleted() || copy.document().isEmpty()) {
      return Optional.empty();
    }
    try {
      AsObject object = codec.read(copy.document().get().getBytes(StandardCharsets.UTF_8));
      if (!object.hasType(As.EVENT)) {
        return Optional.empty();
      }
      Event event = new Event(object);
      String title =
          event
              .name("fr")
              .or(() -> object.string(As.NAME))
              .or(copy::name)
              .orElse(copy.objectId().toString());
      return Optional.of(
          new Item(
              Optional.empty(),
              Optional.of(copy.objectId()),
              title,
              event.startTime(),
              event.endTime().filter(e -> e.isAfter(event.startTime())),
              event.location().map(Place::name),
              event.url().or(copy::url),
              copy.audience().name(),
              Optional.of(copy.originActor()),
              copy.originName(),
              false));
    } catch (FederationException | IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
  }
}
