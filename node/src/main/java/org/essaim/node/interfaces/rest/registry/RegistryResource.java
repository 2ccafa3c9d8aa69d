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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.federation.vocab.Actor;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.registry.RegistryService;
import org.essaim.node.application.registry.TerritoryEntryView;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.registry.EntryDescription;
import org.essaim.node.domain.model.registry.LabelStatus;
import org.essaim.node.infrastructure.federation.peers.PeerLookup;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;

/** The national registry of territories (aggregator only, administrators only). */
@Path("admin/registry/territories")
@RequestScoped
@AggregatorEndpoint
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(
    name = "Registry (aggregator)",
    description =
        "The national registry of territories, their label path, committee decisions, promos and"
            + " sponsorships. Exists on the national aggregator only.")
public class RegistryResource {

  static final String EXAMPLE =
      "{\"actor\":\"acct:miramas@essaim.miramas.example\",\"name\":\"Miramas\","
          + "\"region\":\"Provence-Alpes-Côte d'Azur\",\"department\":\"Bouches-du-Rhône (13)\","
          + "\"country\":\"FR\",\"labelStatus\":\"IN_PROMO\",\"promoId\":null}";
  static final String DESCRIPTION_EXAMPLE =
      "{\"name\":\"Miramas\",\"region\":\"Provence-Alpes-Côte d'Azur\","
          + "\"department\":\"Bouches-du-Rhône (13)\",\"country\":\"FR\",\"promoId\":1}";

  @Inject RegistryService registry;
  @Inject PeerLookup lookup;
  @Context SecurityContext security;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "List the registered territories, by name (administrators)")
  @APIResponse(responseCode = "200", description = "One page of territories")
  @APIResponse(responseCode = "400", description = "A filter or the page is invalid")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  public PageDocument<RegistryTerritoryDocument> list(
      @Parameter(description = "Label status", example = "LABELLED") @QueryParam("status")
          String status,
      @Parameter(description = "Region, any case", example = "Grand Est") @QueryParam("region")
          String region,
      @Parameter(description = "FR or LU", example = "FR") @QueryParam("country") String country,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Page size, 1 to 100", example = "20") @QueryParam("size")
          String size) {
    LabelStatus s = QueryParams.enumValue("status", LabelStatus.class, status).orElse(null);
    return PageDocument.of(
        registry.list(
            s == null ? null : EnumSet.of(s),
            QueryParams.text("region", region, 100).orElse(null),
            country(country),
            PageRequest.parse(page, size)),
        RegistryTerritoryDocument::of);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Register a territory; the aggregator follows it (administrators)",
      description =
          "Looks the actor up (WebFinger for a handle), stores the entry in any status (LABELLED"
              + " needs its labelDate) and sends a Follow to the territory's actor; the backfill"
              + " of its outbox starts when it accepts.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "A territory in promo", value = EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Registered; Location and ETag name it")
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields, unknown promo, or no actor found for the handle")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(
      responseCode = "409",
      description = "The actor is already registered, or blocked (it cannot be followed)")
  public Response register(RegistryTerritoryDocument document, @Context UriInfo uri) {
    List<FieldError> errors = new ArrayList<>();
    EntryDescription description = RegistryInput.description(document, errors);
    LabelStatus status = RegistryInput.status("labelStatus", document.labelStatus(), false, errors);
    if (document.actor() == null || document.actor().isBlank()) {
      errors.add(
          new FieldError("actor", "is required: acct:user@host or an https:// actor address"));
    }
    RegistryInput.throwIfAny(errors);
    Actor actor;
    try {
      actor = lookup.resolve(document.actor());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.errors().stream().map(f -> new FieldError("actor", f.message())).toList());
    }
    TerritoryEntryView view =
        registry.register(
            actor,
            description,
            status == null ? LabelStatus.PROSPECT : status,
            document.labelDate());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(RegistryTerritoryDocument.of(view))
        .tag(Versions.etag(view.version()))
        .build();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One registered territory (administrators)")
  @APIResponse(responseCode = "200", description = "The territory; its ETag is its version")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such territory")
  public Response get(@PathParam("id") long id) {
    return ok(registry.get(id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace a territory's description (administrators)",
      description =
          "Name, region, department, country and promo. The actor never changes; the label"
              + " status moves through /status.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Description", value = DESCRIPTION_EXAMPLE)))
  @APIResponse(responseCode = "200", description = "The stored territory, with its new ETag")
  @APIResponse(responseCode = "400", description = "Invalid fields or unknown promo")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such territory")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      RegistryTerritoryDocument document) {
    List<FieldError> errors = new ArrayList<>();
    EntryDescription description = RegistryInput.description(document, errors);
    RegistryInput.throwIfAny(errors);
    return ok(registry.describe(id, description, Versions.expected(ifMatch)));
  }

  @POST
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move a territory along the label path (administrators)",
      description =
          "PROSPECT → CANDIDATE → IN_PROMO → READY_FOR_LABEL / NEEDS_MORE_TIME → LABELLED;"
              + " DEFERRED, SUSPENDED, WITHDRAWN. LABELLED issues a label attestation, SUSPENDED"
              + " and WITHDRAWN revoke it.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "Labelled",
                      value =
                          "{\"status\":\"LABELLED\",\"labelDate\":\"2024-04-15\","
                              + "\"reason\":\"Comité de labellisation du 15 avril\"}")))
  @APIResponse(responseCode = "200", description = "The territory in its new status")
  @APIResponse(
      responseCode = "400",
      description = "Unknown status, label date missing, or reason over 2000 characters")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such territory")
  @APIResponse(responseCode = "409", description = "The label path does not allow this move")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response changeStatus(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      LabelStatusDocument document) {
    List<FieldError> errors = new ArrayList<>();
    LabelStatus status =
        RegistryInput.status("status", document == null ? null : document.status(), true, errors);
    RegistryInput.throwIfAny(errors);
    return ok(
        registry.changeStatus(
            id,
            status,
            document.labelDate(),
            document.reason(),
            security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName(),
            Versions.expected(ifMatch)));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary =
          "Remove a territory from the registry; the aggregator unfollows it (administrators)",
      description = "Its label attestation, if any, is deleted (a Delete reaches the followers).")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such territory")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    registry.remove(id, Versions.expected(ifMatch));
    return Response.noContent().build();
  }

  static String country(String country) {
    if (country == null || country.isBlank()) {
      return null;
    }
    String c = country.strip();
    if (!c.equals("FR") && !c.equals("LU")) {
      throw new InvalidInputException(List.of(new FieldError("country", "must be FR or LU")));
    }
    return c;
  }

  private static Response ok(TerritoryEntryView view) {
    return Response.ok(RegistryTerritoryDocument.of(view))
        .tag(Versions.etag(view.version()))
        .build();
  }
}
