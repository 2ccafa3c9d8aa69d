// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.event;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.EventService;
import org.essaim.node.application.NodeAddress;

/** The public calendar feed: a path of its own, next to {@code /api/events}. */
@Path("events.ics")
@RequestScoped
@Tag(name = "Events")
public class EventCalendarResource {

  @Inject EventService events;
  @Inject NodeAddress address;

  @GET
  @PermitAll
  @Produces("text/calendar")
  @Operation(
      summary = "The public events as an iCalendar feed (RFC 5545)",
      description =
          "NODE_PUBLIC and PUBLIC events that end in the future or ended less than 90 days ago,"
              + " earliest first, at most 500; cancelled ones with STATUS:CANCELLED. The same for"
              + " everyone, signed in or not: subscribe to it from any calendar application.")
  @APIResponse(
      responseCode = "200",
      description = "text/calendar; charset=utf-8",
      content =
          @Content(
              mediaType = "text/calendar",
              examples =
                  @ExampleObject(
                      name = "The territory's events",
                      value = EventResource.ICS_EXAMPLE)))
  public Response feed() {
    return EventResource.calendar(events.publicCalendar(), address, "events.ics");
  }
}
