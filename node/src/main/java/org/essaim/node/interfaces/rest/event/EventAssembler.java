// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.event;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.essaim.node.application.EventView;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.domain.model.event.DreamCollectionFormat;
import org.essaim.node.domain.model.event.EventCounts;
import org.essaim.node.domain.model.event.EventDescription;
import org.essaim.node.domain.model.event.EventPlace;
import org.essaim.node.domain.model.event.EventState;
import org.essaim.node.domain.model.event.EventType;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.interfaces.rest.Fields;

/** Translates between the JSON document and the domain, collecting every field error. */
public final class EventAssembler {
  private EventAssembler() {}

  /**
   * @param defaultZone the territory's time zone, used when the document names none
   * @throws InvalidInputException listing every field at fault
   */
  static EventDescription toDescription(
      EventDocument d, List<FieldError> earlierErrors, Taxonomy taxonomy, ZoneId defaultZone) {
    List<FieldError> errors = new ArrayList<>(earlierErrors);
    EventType type = Fields.enumValue("type", EventType.class, d.type(), errors);
    DreamCollectionFormat format =
        Fields.enumValue(
            "collectionFormat", DreamCollectionFormat.class, d.collectionFormat(), errors);
    Visibility visibility =
        Fields.enumValue("visibility", Visibility.class, d.visibility(), errors);
    Fields.knownKeys(taxonomy, TaxonomyScheme.THEMES, d.themes(), "themes", errors);
    LocalDateTime start = localDateTime("startsAt", d.startsAt(), errors);
    LocalDateTime end = localDateTime("endsAt", d.endsAt(), errors);
    ZoneId zone = zone(d.timeZone(), defaultZone, errors);
    EventPlace place =
        d.place() == null
            ? null
            : Fields.attempt(
                () ->
                    new EventPlace(d.place().venueName(), d.place().commune(), d.place().address()),
                errors);
    CountsDocument c = d.counts();
    EventCounts counts =
        c == null
            ? EventCounts.NONE
            : Fields.attempt(
                () ->
                    new EventCounts(
                        c.participantCount(),
                        c.contributorCount(),
                        c.wantToGetInvolvedCount(),
                        c.wantToCarryCount(),
                        c.solutionsPresentedCount(),
                        c.totalAttendance(),
                        c.tables(),
                        c.dreamCount()),
                errors);
    if (!errors.isEmpty() || start == null || end == null) {
      throw invalid(errors);
    }
    EventDescription description =
        Fields.attempt(
            () ->
                new EventDescription(
                    type,
                    d.title(),
                    d.description(),
                    start,
                    end,
                    zone,
                    place,
                    d.onlineUrl(),
                    d.campaignId(),
                    d.challengeIds(),
                    d.solutionIdeaIds(),
                    format,
                    d.themes(),
                    counts,
                    visibility),
            errors);
    if (description == null || !errors.isEmpty()) {
      throw invalid(errors);
    }
    return description;
  }

  /** A local date-time such as {@code 2024-09-13T18:30}; null with a field error otherwise. */
  static LocalDateTime localDateTime(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      Fields.reject(errors, field, "must be a local date-time such as 2024-09-13T18:30");
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      Fields.reject(
          errors,
          field,
          "must be a local date-time such as 2024-09-13T18:30, without offset (the zone goes in"
              + " timeZone)");
      return null;
    }
  }

  /** The named IANA zone, or the default when none is named; null with a field error. */
  static ZoneId zone(String value, ZoneId defaultZone, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return defaultZone;
    }
    try {
      ZoneId zone = ZoneId.of(value.strip());
      if (EventDescription.isRegionZone(zone)) {
        return zone;
      }
    } catch (DateTimeException e) {
      // reported below
    }
    Fields.reject(
        errors,
        "timeZone",
        "'" + value + "' is not an IANA time zone such as Europe/Paris or America/Cayenne");
    return null;
  }

  static InvalidInputException invalid(List<FieldError> errors) {
    List<FieldError> sorted = new ArrayList<>(errors);
    sorted.sort(Comparator.comparing(FieldError::field));
    return new InvalidInputException(sorted);
  }

  static EventDocument toDocument(EventView view) {
    EventDescription d = view.description();
    EventCounts c = d.counts();
    return new EventDocument(
        view.id(),
        d.type().name(),
        d.type().label(),
        d.title(),
        d.description(),
        d.startsAt().toString(),
        d.endsAt().toString(),
        d.timeZone().getId(),
        d.startInstant(),
        d.endInstant(),
        d.place() == null
            ? null
            : new PlaceDocument(d.place().venueName(), d.place().commune(), d.place().address()),
        d.onlineUrl(),
        d.campaignId(),
        d.challengeIds(),
        d.solutionIdeaIds(),
        d.collectionFormat() == null ? null : d.collectionFormat().name(),
        d.themes(),
        new CountsDocument(
            c.participantCount(),
            c.contributorCount(),
            c.wantToGetInvolvedCount(),
            c.wantToCarryCount(),
            c.solutionsPresentedCount(),
            c.totalAttendance(),
            c.tables(),
            c.dreamCount()),
        d.visibility().name(),
        view.state().name(),
        view.state() == EventState.HELD,
        view.version(),
        view.createdAt(),
        view.updatedAt());
  }

  /**
   * The calendar entry of an event.
   *
   * @param uidHost the host part of the UID, from the node's base URL
   * @param baseUrl the node's base URL: the event's URL when it has no online address
   */
  public static ICalendarWriter.Entry toEntry(EventView view, String uidHost, URI baseUrl) {
    EventDescription d = view.description();
    String location =
        d.place() != null ? d.place().oneLine() : d.onlineUrl() != null ? "En ligne" : null;
    String url =
        d.onlineUrl() != null
            ? d.onlineUrl()
            : baseUrl.resolve("/api/events/" + view.id()).toString();
    return new ICalendarWriter.Entry(
        "event-" + view.id() + "@" + uidHost,
        d.title(),
        d.description(),
        d.startsAt(),
        d.endsAt(),
        d.timeZone(),
        location,
        url,
        List.of(d.type().label()),
        view.state() == EventState.CANCELLED,
        view.createdAt(),
        view.updatedAt(),
        view.version());
  }
}
