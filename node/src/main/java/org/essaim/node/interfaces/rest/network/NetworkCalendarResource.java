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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.federation.calendar.NetworkCalendar;
import org.essaim.node.interfaces.rest.PageDocument;

@Path("network/calendar")
@RequestScoped
@Tag(name = "Network")
public class NetworkCalendarResource {

  static final String EVENT_EXAMPLE =
      "{\"objectId\":\"https://essaim.grenoble.example/objects/events/4\",\"title\":\"Soirée des"
          + " idées\",\"start\":\"2026-04-02T16:30:00Z\",\"end\":\"2026-04-02T19:00:00Z\","
          + "\"location\":\"Maison des associations, Grenoble\",\"url\":"
          + "\"https://essaim.grenoble.example/api/events/4\",\"audience\":\"PUBLIC\","
          + "\"origin\":\"https://essaim.grenoble.example/actors/territory\",\"originName\":"
          + "\"Grenoble\",\"cancelled\":false}";

  @Inject NetworkCalendar calendar;
  @Context SecurityContext security;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The network calendar: this node's events and its peers', earliest first",
      description =
          "This node's events and the events followed territories shared, starting between from"
              + " and to (dates in this territory's time zone). Anonymous callers see this node's"
              + " public events and PUBLIC events of peers; any signed-in account also NETWORK"
              + " ones. At most 2000 events of each source are considered.")
  @APIResponse(
      responseCode = "200",
      description = "One page of events",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "An evening in Grenoble",
                      value =
                          "{\"items\":["
                              + EVENT_EXAMPLE
                              + "],\"page\":1,\"size\":20,\"totalItems\":1,\"totalPages\":1}")))
  @APIResponse(
      responseCode = "400",
      description = "from or to not a date, to before from or too far, invalid page or size")
  public PageDocument<NetworkCalendarDocument> list(
      @Parameter(description = "First day (YYYY-MM-DD); default: today", example = "2026-04-01")
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Last day (YYYY-MM-DD); default: a year after from",
              example = "2026-06-30")
          @QueryParam("to")
          String to,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size) {
    PageRequest request = PageRequest.parse(page, size);
    return PageDocument.of(
        calendar.page(signedIn(security), date("from", from), date("to", to), request),
        NetworkCalendarDocument::of);
  }

  static boolean signedIn(SecurityContext security) {
    return security.getUserPrincipal() != null;
  }

  static Optional<LocalDate> date(String name, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(List.of(new FieldError(name, "must be a date, YYYY-MM-DD")));
    }
  }
}
