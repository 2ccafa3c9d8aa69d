// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.event;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.EventCalendar;
import org.essaim.node.application.EventService;
import org.essaim.node.application.EventView;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.NodeAddress;
import org.essaim.node.application.PageRequest;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.event.EventDescription;
import org.essaim.node.domain.model.event.EventState;
import org.essaim.node.domain.model.event.EventType;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.interfaces.rest.Fields;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;

@Path("events")
@RequestScoped
@Tag(
    name = "Events",
    description =
        "Events the territory runs: dream-collection sessions, soirées d'idéation, forums,"
            + " workshops… Times are local wall-clock times with an IANA time zone. Counts only:"
            + " lists of people are personal and not part of this resource. The public reads"
            + " NODE_PUBLIC (the default) and PUBLIC events; also as iCalendar (…/events.ics).")
public class EventResource {

  /** text/calendar in UTF-8. */
  static final String CALENDAR = "text/calendar; charset=utf-8";

  static final String CREPITE =
      """
      {"type":"IDEATION_EVENING","title":"Crépîte, grande soirée d'idéation",
       "description":"15 défis travaillés en tables, puis forum présentant 19 solutions.",
       "startsAt":"2024-09-13T18:30","endsAt":"2024-09-13T22:30","timeZone":"Europe/Paris",
       "place":{"venueName":"Salle des fêtes","commune":"Lons-le-Saunier"},
       "campaignId":1,"challengeIds":[1,2,3],"themes":["food"],
       "counts":{"contributorCount":174,"wantToGetInvolvedCount":49,"wantToCarryCount":24,
        "solutionsPresentedCount":19,"totalAttendance":250,"tables":15},
       "visibility":"PUBLIC"}""";

  static final String SE_NOURRIR =
      """
      {"type":"DREAM_COLLECTION","title":"Remontée des rêves « se nourrir »",
       "startsAt":"2024-06-08T10:00","endsAt":"2024-06-08T12:30",
       "place":{"venueName":"Marché couvert","commune":"Lons-le-Saunier"},
       "collectionFormat":"STAND","themes":["food"],"counts":{"dreamCount":86}}""";

  static final String CREPITE_RESPONSE =
      """
      {"id":1,"type":"IDEATION_EVENING","typeLabel":"Soirée d'idéation",
       "title":"Crépîte, grande soirée d'idéation","startsAt":"2024-09-13T18:30",
       "endsAt":"2024-09-13T22:30","timeZone":"Europe/Paris",
       "startsAtUtc":"2024-09-13T16:30:00Z","endsAtUtc":"2024-09-13T20:30:00Z",
       "place":{"venueName":"Salle des fêtes","commune":"Lons-le-Saunier"},"campaignId":1,
       "challengeIds":[1,2,3],"solutionIdeaIds":[],"themes":["food"],
       "counts":{"contributorCount":174,"wantToGetInvolvedCount":49,"wantToCarryCount":24,
        "solutionsPresentedCount":19,"totalAttendance":250,"tables":15},
       "visibility":"PUBLIC","state":"HELD","countsFinal":true,"version":3,
       "createdAt":"2024-08-01T09:00:00Z","updatedAt":"2024-09-14T08:00:00Z"}""";

  static final String ICS_EXAMPLE =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Essaim//Essaim node//FR\r\n"
          + "BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n…\r\nEND:VTIMEZONE\r\n"
          + "BEGIN:VEVENT\r\nUID:event-1@lons.essaim.example\r\n"
          + "DTSTART;TZID=Europe/Paris:20240913T183000\r\n"
          + "DTEND;TZID=Europe/Paris:20240913T223000\r\n"
          + "SUMMARY:Crépîte\\, grande soirée d'idéation\r\nSTATUS:CONFIRMED\r\n"
          + "END:VEVENT\r\nEND:VCALENDAR\r\n";

  @Inject EventService events;
  @Inject Taxonomy taxonomy;
  @Inject Validator validator;
  @Inject NodeAddress address;
  @Context SecurityContext security;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "List events by start time",
      description = "The public sees NODE_PUBLIC and PUBLIC events; the team sees them all.")
  @APIResponse(responseCode = "200", description = "One page of events")
  @APIResponse(responseCode = "400", description = "Invalid page, size, filter or sort")
  public PageDocument<EventDocument> list(
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size,
      @Parameter(description = "An event type", example = "IDEATION_EVENING") @QueryParam("type")
          String type,
      @Parameter(description = "A campaign's id", example = "1") @QueryParam("campaign")
          String campaign,
      @Parameter(description = "Starting on this local date or later", example = "2024-09-01")
          @QueryParam("from")
          String from,
      @Parameter(description = "Starting on this local date or earlier", example = "2024-09-30")
          @QueryParam("to")
          String to,
      @Parameter(description = "French full-text search, accents ignored", example = "crepite")
          @QueryParam("q")
          String q,
      @Parameter(description = "start (earliest first, the default) or -start") @QueryParam("sort")
          String sort) {
    PageRequest request = PageRequest.parse(page, size);
    List<FieldError> errors = new ArrayList<>();
    EventType wantedType = Fields.enumValue("type", EventType.class, type, errors);
    LocalDate fromDate = Fields.date("from", from, errors);
    LocalDate toDate = Fields.date("to", to, errors);
    if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      Fields.reject(errors, "to", "must not be before from");
    }
    boolean latestFirst = false;
    if (sort != null && !sort.isBlank() && !sort.strip().equals("start")) {
      if (sort.strip().equals("-start")) {
        latestFirst = true;
      } else {
        Fields.reject(errors, "sort", "must be start (earliest first) or -start");
      }
    }
    if (!errors.isEmpty()) {
      throw EventAssembler.invalid(errors);
    }
    return PageDocument.of(
        events.list(
            team(),
            Optional.ofNullable(wantedType),
            QueryParams.longValue("campaign", campaign),
            Optional.ofNullable(fromDate),
            Optional.ofNullable(toDate),
            QueryParams.text("q", q, 200),
            latestFirst,
            request),
        EventAssembler::toDocument);
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One event")
  @APIResponse(
      responseCode = "200",
      description = "The event; its ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Crépîte, held", value = CREPITE_RESPONSE)))
  @APIResponse(responseCode = "404", description = "No such event (or not public)")
  public Response get(@PathParam("id") long id) {
    return ok(events.get(id, team()));
  }

  @GET
  @Path("{id: [0-9]+}.ics")
  @PermitAll
  @Produces("text/calendar")
  @Operation(
      summary = "One event as iCalendar (RFC 5545)",
      description =
          "A VCALENDAR with the event and the VTIMEZONE of its zone. Private events for the team"
              + " only.")
  @APIResponse(
      responseCode = "200",
      description = "text/calendar; charset=utf-8",
      content =
          @Content(
              mediaType = "text/calendar",
              examples = @ExampleObject(name = "Crépîte", value = ICS_EXAMPLE)))
  @APIResponse(responseCode = "404", description = "No such event (or not public)")
  public Response calendar(@PathParam("id") long id) {
    return calendar(events.calendarOf(id, team()), address, "event-" + id + ".ics");
  }

  @POST
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "Create an event, PLANNED (editors, administrators)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "Crépîte (soirée d'idéation)", value = CREPITE),
                @ExampleObject(name = "Remontée des rêves « se nourrir »", value = SE_NOURRIR)
              }))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag name it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Crépîte", value = CREPITE_RESPONSE)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON, invalid fields, unknown time zone or theme key, end not after start,"
              + " unknown campaign, défi or solution idea")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  public Response create(EventDocument document, @Context UriInfo uri) {
    EventDescription description =
        EventAssembler.toDescription(
            document,
            InputValidation.violations(validator, document),
            taxonomy,
            events.defaultTimeZone());
    EventView view = events.create(description);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(EventAssembler.toDocument(view))
        .tag(Versions.etag(view.version()))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "Replace an event's description and counts (editors, administrators)",
      description = "state is read-only here: see POST …/transitions.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Crépîte with its counts", value = CREPITE)))
  @APIResponse(responseCode = "200", description = "The stored event")
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such event")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @PathParam("id") long id,
      @Parameter(description = "The version edited, as returned in the ETag")
          @HeaderParam("If-Match")
          String ifMatch,
      EventDocument document) {
    EventDescription description =
        EventAssembler.toDescription(
            document,
            InputValidation.violations(validator, document),
            taxonomy,
            events.defaultTimeZone());
    return ok(events.describe(id, description, Versions.expected(ifMatch)));
  }

  @POST
  @Path("{id}/transitions")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "Mark an event HELD or CANCELLED (editors, administrators)",
      description =
          "PLANNED → HELD (once it has started; its counts are then final) or PLANNED →"
              + " CANCELLED (its counts are dropped). Both are final.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "Held", value = "{\"to\":\"HELD\"}"),
                @ExampleObject(name = "Cancelled", value = "{\"to\":\"CANCELLED\"}")
              }))
  @APIResponse(responseCode = "200", description = "The event in its new state")
  @APIResponse(responseCode = "400", description = "Unknown state")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such event")
  @APIResponse(
      responseCode = "409",
      description =
          "Not allowed from the current state, or HELD before the start"
              + " (urn:essaim:problem:illegal-transition)")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response transition(
      @PathParam("id") long id,
      @Parameter(description = "The version seen, as returned in the ETag (optional)")
          @HeaderParam("If-Match")
          String ifMatch,
      EventTransitionDocument document) {
    InputValidation.requireValid(validator, document);
    EventState target = QueryParams.enumValue("to", EventState.class, document.to()).orElseThrow();
    return ok(events.moveTo(id, target, Versions.expected(ifMatch)));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "Delete an event (editors, administrators)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such event")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    events.delete(id, Versions.expected(ifMatch));
    return Response.noContent().build();
  }

  /** A calendar as a text/calendar response. */
  static Response calendar(EventCalendar calendar, NodeAddress address, String fileName) {
    String text =
        ICalendarWriter.write(
            calendar.name(),
            calendar.generatedAt(),
            calendar.events().stream()
                .map(e -> EventAssembler.toEntry(e, calendar.uidHost(), address.baseUrl()))
                .toList());
    return Response.ok(text)
        .type(CALENDAR)
        .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
        .build();
  }

  private boolean team() {
    return security.isUserInRole(Role.EDITOR_NAME) || security.isUserInRole(Role.ADMIN_NAME);
  }

  private static Response ok(EventView view) {
    return Response.ok(EventAssembler.toDocument(view)).tag(Versions.etag(view.version())).build();
  }
}
