// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.network;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.NodeAddress;
import org.essaim.node.application.federation.calendar.NetworkCalendar;
import org.essaim.node.interfaces.rest.event.EventAssembler;
import org.essaim.node.interfaces.rest.event.ICalendarWriter;

/** The network calendar as an iCalendar feed, next to {@code /api/network/calendar}. */
@Path("network/calendar.ics")
@RequestScoped
@Tag(name = "Network")
public class NetworkCalendarFeedResource {

  /** A peer's event without an end is shown an hour long. */
  static final Duration UNKNOWN_LENGTH = Duration.ofHours(1);

  /** At most this many events in the feed. */
  static final int MAX_EVENTS = 500;

  static final String ICS_EXAMPLE =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Essaim//Essaim node//FR\r\n"
          + "X-WR-CALNAME:Réseau Start-Up de Territoire\r\n"
          + "BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n…\r\nEND:VTIMEZONE\r\n"
          + "BEGIN:VEVENT\r\nUID:https://essaim.grenoble.example/objects/events/4\r\n"
          + "DTSTAMP:20260302T090000Z\r\nDTSTART;TZID=Europe/Paris:20260402T183000\r\n"
          + "DTEND;TZID=Europe/Paris:20260402T210000\r\nSUMMARY:Soirée des idées\r\n"
          + "LOCATION:Maison des associations\\, Grenoble\r\nCATEGORIES:Grenoble\r\n"
          + "STATUS:CONFIRMED\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

  @Inject NetworkCalendar calendar;
  @Inject NodeAddress address;
  @Inject Clock clock;
  @Context SecurityContext security;

  @GET
  @PermitAll
  @Produces("text/calendar")
  @Operation(
      summary = "The network calendar as an iCalendar feed (RFC 5545)",
      description =
          "The events of GET /api/network/calendar for the same range and audience, at most 500,"
              + " times in this territory's zone. A peer's event is identified by its ActivityPub"
              + " id (UID) and categorised by its territory's name; one without an end lasts an"
              + " hour here.")
  @APIResponse(
      responseCode = "200",
      description = "text/calendar; charset=utf-8",
      content =
          @Content(
              mediaType = "text/calendar",
              examples = @ExampleObject(name = "The network's events", value = ICS_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      description = "from or to not a date, or to before from or too far")
  public Response feed(
      @Parameter(description = "First day (YYYY-MM-DD); default: today", example = "2026-04-01")
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Last day (YYYY-MM-DD); default: a year after from",
              example = "2026-06-30")
          @QueryParam("to")
          String to) {
    ZoneId zone = calendar.zone();
    List<ICalendarWriter.Entry> entries =
        calendar
            .items(
                NetworkCalendarResource.signedIn(security),
                NetworkCalendarResource.date("from", from),
                NetworkCalendarResource.date("to", to))
            .stream()
            .limit(MAX_EVENTS)
            .map(item -> entry(item, zone))
            .toList();
    String text = ICalendarWriter.write("Réseau Start-Up de Territoire", clock.instant(), entries);
    return Response.ok(text)
        .type("text/calendar; charset=utf-8")
        .header("Content-Disposition", "inline; filename=\"network-calendar.ics\"")
        .build();
  }

  private ICalendarWriter.Entry entry(NetworkCalendar.Item item, ZoneId zone) {
    if (item.local().isPresent()) {
      return EventAssembler.toEntry(item.local().get(), address.host(), address.baseUrl());
    }
    return new ICalendarWriter.Entry(
        item.objectId().orElseThrow().toString(),
        item.title(),
        null,
        item.start().atZone(zone).toLocalDateTime(),
        item.end().orElse(item.start().plus(UNKNOWN_LENGTH)).atZone(zone).toLocalDateTime(),
        zone,
        item.location().orElse(null),
        item.url().map(Object::toString).orElse(null),
        item.originName().map(List::of).orElse(List.of()),
        false,
        null,
        null,
        0);
  }
}
