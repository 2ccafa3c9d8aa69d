// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
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
import org.essaim.node.application.registry.SponsorshipService;
import org.essaim.node.application.registry.SponsorshipView;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.registry.SponsorshipStatus;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;

/** Sponsorships (aggregator only, administrators only); published as NETWORK objects. */
@Path("admin/registry/sponsorships")
@RequestScoped
@AggregatorEndpoint
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(name = "Registry (aggregator)")
public class SponsorshipResource {

  static final String EXAMPLE =
      "{\"sponsorId\":9,\"sponseeId\":19,\"promoId\":2,\"period\":\"2024-2025\","
          + "\"status\":\"ACTIVE\"}";

  @Inject SponsorshipService sponsorships;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The sponsorships, oldest first: the Club des parrains (administrators)")
  @APIResponse(responseCode = "200", description = "The sponsorships")
  @APIResponse(responseCode = "400", description = "Unknown status")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  public List<SponsorshipDocument> list(
      @Parameter(description = "PROPOSED, ACTIVE or ENDED", example = "ACTIVE")
          @QueryParam("status")
          String status) {
    return sponsorships
        .list(QueryParams.enumValue("status", SponsorshipStatus.class, status).orElse(null))
        .stream()
        .map(SponsorshipDocument::of)
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Assign a sponsorship (administrators)",
      description =
          "A labelled parrain, a filleul (at most one ACTIVE parrain); published to the followers"
              + " as a NETWORK Sponsorship.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Miramas → Caen", value = EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Created; Location and ETag name it")
  @APIResponse(responseCode = "400", description = "Invalid fields or unknown territory or promo")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(
      responseCode = "409",
      description = "The parrain is not labelled, or the filleul has an active parrain")
  public Response create(SponsorshipDocument document, @Context UriInfo uri) {
    List<FieldError> errors = new ArrayList<>();
    if (document == null) {
      throw new InvalidInputException(List.of(new FieldError("", "a JSON body is required")));
    }
    if (document.sponsorId() == null) {
      errors.add(new FieldError("sponsorId", "is required"));
    }
    if (document.sponseeId() == null) {
      errors.add(new FieldError("sponseeId", "is required"));
    }
    SponsorshipStatus status = status(document, errors);
    RegistryInput.throwIfAny(errors);
    SponsorshipView view =
        sponsorships.create(
            document.sponsorId(),
            document.sponseeId(),
            document.promoId(),
            document.period(),
            status);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(SponsorshipDocument.of(view))
        .tag(Versions.etag(view.version()))
        .build();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One sponsorship (administrators)")
  @APIResponse(responseCode = "200", description = "The sponsorship; its ETag is its version")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such sponsorship")
  public Response get(@PathParam("id") long id) {
    return ok(sponsorships.get(id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a sponsorship's promo, period and status (administrators)",
      description = "PROPOSED → ACTIVE → ENDED; the two territories never change.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "Ended",
                      value =
                          "{\"promoId\":2," + "\"period\":\"2024-2025\",\"status\":\"ENDED\"}")))
  @APIResponse(responseCode = "200", description = "The stored sponsorship, with its new ETag")
  @APIResponse(responseCode = "400", description = "Invalid fields or unknown promo")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such sponsorship")
  @APIResponse(responseCode = "409", description = "Illegal status move, or not allowed to start")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      SponsorshipDocument document) {
    List<FieldError> errors = new ArrayList<>();
    if (document == null) {
      throw new InvalidInputException(List.of(new FieldError("", "a JSON body is required")));
    }
    SponsorshipStatus status = status(document, errors);
    RegistryInput.throwIfAny(errors);
    return ok(
        sponsorships.change(
            id, document.promoId(), document.period(), status, Versions.expected(ifMatch)));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a sponsorship recorded by mistake (administrators)")
  @APIResponse(responseCode = "204", description = "Deleted; a Delete reaches the followers")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such sponsorship")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    sponsorships.delete(id, Versions.expected(ifMatch));
    return Response.noContent().build();
  }

  private static SponsorshipStatus status(SponsorshipDocument document, List<FieldError> errors) {
    if (document.status() == null || document.status().isBlank()) {
      errors.add(new FieldError("status", "is required: PROPOSED, ACTIVE or ENDED"));
      return null;
    }
    try {
      return QueryParams.enumValue("status", SponsorshipStatus.class, document.status())
          .orElseThrow();
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  private static Response ok(SponsorshipView view) {
    return Response.ok(SponsorshipDocument.of(view)).tag(Versions.etag(view.version())).build();
  }
}
