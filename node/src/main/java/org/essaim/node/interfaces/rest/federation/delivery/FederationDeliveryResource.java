// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.federation.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.federation.DeliveryStatus;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;

@Path("admin/federation")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(
    name = "Federation administration",
    description =
        "How this territory's federation is going: deliveries of its activities to peer inboxes"
            + " (retried with backoff, per-host circuit breaker), and the remote documents it"
            + " fetched. Administrators only.")
public class FederationDeliveryResource {

  static final String DELIVERY_EXAMPLE =
      "{\"id\":42,\"activity\":\"https://grenoble.essaim.fr/activities/"
          + "0b8e6f0e-8f7e-4c55-9d61-3f1c2b7a9e10\",\"inbox\":\"https://miramas.essaim.fr/inbox\","
          + "\"host\":\"miramas.essaim.fr\",\"state\":\"pending\",\"attempts\":2,"
          + "\"nextAttemptAt\":\"2026-11-23T09:02:00Z\",\"lastStatus\":503,"
          + "\"lastError\":\"HTTP 503\",\"queuedAt\":\"2026-11-23T09:00:00Z\"}";
  private static final String DELIVERIES_EXAMPLE =
      "{\"items\":["
          + DELIVERY_EXAMPLE
          + "],\"page\":1,\"size\":20,\"totalItems\":1,"
          + "\"totalPages\":1}";
  private static final String HOSTS_EXAMPLE =
      "[{\"host\":\"miramas.essaim.fr\",\"pending\":3,\"delivered\":120,\"failed\":1,"
          + "\"breaker\":\"open\",\"consecutiveFailures\":6,"
          + "\"nextProbeAt\":\"2026-11-23T09:03:00Z\"}]";
  private static final String FETCH_EXAMPLE =
      "{\"id\":7,\"url\":\"https://miramas.essaim.fr/actors/territory\","
          + "\"host\":\"miramas.essaim.fr\",\"status\":200,\"durationMs\":84,"
          + "\"fetchedAt\":\"2026-11-23T09:00:00Z\"}";
  private static final String FETCHES_EXAMPLE =
      "{\"items\":[{\"id\":7,\"url\":\"https://miramas.essaim.fr/actors/territory\","
          + "\"host\":\"miramas.essaim.fr\",\"status\":200,\"durationMs\":84,"
          + "\"fetchedAt\":\"2026-11-23T09:00:00Z\"}],\"page\":1,\"size\":20,\"totalItems\":1,"
          + "\"totalPages\":1}";

  @Inject DeliveryStatus status;

  @GET
  @Path("deliveries")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Deliveries of this territory's activities, newest first (administrators)")
  @APIResponse(
      responseCode = "200",
      description = "One page of deliveries",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "deliveries", value = DELIVERIES_EXAMPLE)))
  @APIResponse(responseCode = "400", description = "Invalid page, size or state")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  public PageDocument<DeliveryDocument> deliveries(
      @Parameter(description = "pending, delivered or failed", example = "failed")
          @QueryParam("state")
          String state,
      @Parameter(description = "host[:port] of the inboxes", example = "miramas.essaim.fr")
          @QueryParam("host")
          String host,
      @Parameter(description = "The activity's id (a URL of this node)") @QueryParam("activity")
          String activity,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size) {
    PageRequest request = PageRequest.parse(page, size);
    return PageDocument.of(
        status.deliveries(
            QueryParams.enumValue("state", DeliveryStatus.State.class, state),
            QueryParams.text("host", host, 300),
            QueryParams.text("activity", activity, 2000),
            request),
        DeliveryDocument::of);
  }

  @GET
  @Path("delivery-hosts")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Peer hosts deliveries were queued for: counts per state and circuit breaker"
              + " (administrators)")
  @APIResponse(
      responseCode = "200",
      description = "One entry per host, by name",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "hosts", value = HOSTS_EXAMPLE)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  public List<DeliveryHostDocument> hosts() {
    return status.hosts().stream().map(DeliveryHostDocument::of).toList();
  }

  @POST
  @Path("deliveries/{id}/retry")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Make a pending or failed delivery due now (administrators)",
      description =
          "A failed delivery becomes pending again with its attempts kept; the circuit breaker of"
              + " its host still applies.")
  @APIResponse(
      responseCode = "200",
      description = "The delivery, due now",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "delivery", value = DELIVERY_EXAMPLE)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such delivery")
  @APIResponse(responseCode = "409", description = "Delivered already")
  public DeliveryDocument retry(
      @Parameter(description = "The delivery's id", example = "42") @PathParam("id") String id) {
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException("no delivery " + id);
    }
    return DeliveryDocument.of(status.retry(number));
  }

  @GET
  @Path("fetches")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Remote documents this node fetched, newest first (administrators)")
  @APIResponse(
      responseCode = "200",
      description = "One page of the fetch journal",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "fetches", value = FETCHES_EXAMPLE)))
  @APIResponse(responseCode = "400", description = "Invalid page or size")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  public PageDocument<FetchDocument> fetches(
      @Parameter(description = "host[:port] fetched from", example = "miramas.essaim.fr")
          @QueryParam("host")
          String host,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size) {
    PageRequest request = PageRequest.parse(page, size);
    return PageDocument.of(
        status.fetches(QueryParams.text("host", host, 300), request), FetchDocument::of);
  }

  @POST
  @Path("fetches")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Fetch a peer's document now, as the instance actor (administrators)",
      description =
          "A connectivity check: the same signed GET, address policy, redirects, size and time"
              + " limits as federation uses. Answers with the journal entry (status or error,"
              + " duration), never with the document.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "A peer's territory actor",
                      value = "{\"url\":\"https://miramas.essaim.fr/actors/territory\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The journal entry of the fetch, failed or not",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "fetch", value = FETCH_EXAMPLE)))
  @APIResponse(responseCode = "400", description = "No url, or not an absolute http(s) URL")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  public FetchDocument fetchNow(FetchRequestDocument document) {
    String text = document == null ? null : document.url();
    java.net.URI url = null;
    try {
      url = text == null ? null : new java.net.URI(text.strip());
    } catch (java.net.URISyntaxException e) {
      url = null;
    }
    if (url == null
        || !url.isAbsolute()
        || url.getHost() == null
        || !(url.getScheme().equalsIgnoreCase("https") || url.getScheme().equalsIgnoreCase("http"))
        || text.length() > 2000) {
      throw new InvalidInputException(
          List.of(new FieldError("url", "must be an absolute http(s) URL")));
    }
    return FetchDocument.of(status.fetchNow(url));
  }
}
