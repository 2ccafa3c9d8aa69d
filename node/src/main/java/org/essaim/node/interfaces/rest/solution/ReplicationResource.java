// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.solution;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.ReplicationService;
import org.essaim.node.application.ReplicationView;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.solution.ReplicationDescription;
import org.essaim.node.domain.model.solution.ReplicationStatus;
import org.essaim.node.interfaces.rest.Fields;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;

@Path("transferable-solutions/{solutionId}/replications")
@RequestScoped
@Tag(
    name = "Replications",
    description =
        "Where a transferable solution is taken up (essaimage): target territory, adaptations,"
            + " INTERESTED → IN_PROGRESS → REPLICATED or ABANDONED, each step dated. Read by"
            + " whoever may read the solution.")
public class ReplicationResource {

  static final String LONS =
      "{\"territoryName\":\"Start-Up de Territoire du Pays Lédonien\","
          + "\"territoryActorUri\":\"https://lons.essaim.example/actor\","
          + "\"adaptations\":\"Ateliers en présentiel, cycle allongé à six séances.\","
          + "\"interestedOn\":\"2024-05-14\"}";

  static final String LONS_RESPONSE =
      "{\"id\":1,\"solutionId\":4,\"territoryName\":\"Start-Up de Territoire du Pays Lédonien\","
          + "\"territoryActorUri\":\"https://lons.essaim.example/actor\","
          + "\"status\":\"IN_PROGRESS\",\"adaptations\":\"Ateliers en présentiel, cycle allongé"
          + " à six séances.\",\"interestedOn\":\"2024-05-14\",\"startedOn\":\"2024-09-01\","
          + "\"version\":2}";

  @Inject ReplicationService replications;
  @Inject Validator validator;
  @Context SecurityContext security;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replications of a transferable solution, oldest interest first")
  @APIResponse(responseCode = "200", description = "One page of replications")
  @APIResponse(responseCode = "400", description = "Invalid page, size or status")
  @APIResponse(responseCode = "404", description = "No such solution (or not public)")
  public PageDocument<ReplicationDocument> list(
      @PathParam("solutionId") long solutionId,
      @Parameter(description = "Only replications in this status", example = "IN_PROGRESS")
          @QueryParam("status")
          String status,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size) {
    PageRequest request = PageRequest.parse(page, size);
    ReplicationStatus wanted =
        QueryParams.enumValue("status", ReplicationStatus.class, status).orElse(null);
    return PageDocument.of(
        replications.list(solutionId, team(), wanted, request), ReplicationDocument::of);
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One replication")
  @APIResponse(
      responseCode = "200",
      description = "The replication; its ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Pays Lédonien", value = LONS_RESPONSE)))
  @APIResponse(responseCode = "404", description = "No such solution or replication")
  public Response get(@PathParam("solutionId") long solutionId, @PathParam("id") long id) {
    return ok(replications.get(solutionId, id, team()));
  }

  @POST
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "Record a territory's interest, INTERESTED (editors, administrators)",
      description = "Only while the solution is PUBLISHED. interestedOn defaults to today.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Pays Lédonien", value = LONS)))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag name it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Pays Lédonien", value = LONS_RESPONSE)))
  @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such solution")
  @APIResponse(responseCode = "409", description = "The solution is not PUBLISHED")
  public Response create(
      @PathParam("solutionId") long solutionId,
      ReplicationDocument document,
      @Context UriInfo uri) {
    ReplicationView view = replications.create(solutionId, description(validator, document));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(ReplicationDocument.of(view))
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
      summary = "Replace a replication's territory, adaptations and date of interest",
      description = "status and the step dates are read-only: see POST …/transitions.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Pays Lédonien", value = LONS)))
  @APIResponse(responseCode = "200", description = "The stored replication")
  @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such solution or replication")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @PathParam("solutionId") long solutionId,
      @PathParam("id") long id,
      @Parameter(description = "The version edited, as returned in the ETag")
          @HeaderParam("If-Match")
          String ifMatch,
      ReplicationDocument document) {
    return ok(
        replications.describe(
            solutionId, id, description(validator, document), Versions.expected(ifMatch)));
  }

  @POST
  @Path("{id}/transitions")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "Move a replication (editors, administrators)",
      description =
          "INTERESTED → IN_PROGRESS → REPLICATED; ABANDONED from either of the first two. The"
              + " step is dated with `on` (today when absent), never before the previous step.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(
                    name = "Started",
                    value = "{\"to\":\"IN_PROGRESS\",\"on\":\"2024-09-01\"}"),
                @ExampleObject(name = "Replicated today", value = "{\"to\":\"REPLICATED\"}")
              }))
  @APIResponse(responseCode = "200", description = "The replication in its new status")
  @APIResponse(responseCode = "400", description = "Unknown status, bad or too early date")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such solution or replication")
  @APIResponse(
      responseCode = "409",
      description = "Not allowed from the current status (urn:essaim:problem:illegal-transition)")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response transition(
      @PathParam("solutionId") long solutionId,
      @PathParam("id") long id,
      @Parameter(description = "The version seen, as returned in the ETag (optional)")
          @HeaderParam("If-Match")
          String ifMatch,
      TransitionDocument document) {
    Move move = move(validator, document);
    return ok(
        replications.moveTo(solutionId, id, move.target(), move.on(), Versions.expected(ifMatch)));
  }

  /** A replication's move: its target status and the date of the step (null: today). */
  record Move(ReplicationStatus target, LocalDate on) {}

  /**
   * Converts a transition request, or 400 with every field at fault (shared with the demo step).
   */
  static Move move(Validator validator, TransitionDocument document) {
    List<FieldError> errors = new ArrayList<>(InputValidation.violations(validator, document));
    ReplicationStatus target =
        Fields.enumValue("to", ReplicationStatus.class, document.to(), errors);
    LocalDate on = Fields.date("on", document.on(), errors);
    if (!errors.isEmpty()) {
      throw TransferableSolutionAssembler.invalid(errors);
    }
    return new Move(target, on);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "Delete a replication recorded by mistake (editors, administrators)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such solution or replication")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response delete(
      @PathParam("solutionId") long solutionId,
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch) {
    replications.delete(solutionId, id, Versions.expected(ifMatch));
    return Response.noContent().build();
  }

  /**
   * Converts a replication request, or 400 with every field at fault (shared with the demo step).
   */
  static ReplicationDescription description(Validator validator, ReplicationDocument document) {
    List<FieldError> errors = new ArrayList<>(InputValidation.violations(validator, document));
    LocalDate interestedOn = Fields.date("interestedOn", document.interestedOn(), errors);
    if (!errors.isEmpty()) {
      throw TransferableSolutionAssembler.invalid(errors);
    }
    ReplicationDescription description =
        Fields.attempt(
            () ->
                new ReplicationDescription(
                    document.territoryName(),
                    document.territoryActorUri(),
                    document.adaptations(),
                    interestedOn),
            errors);
    if (description == null) {
      throw TransferableSolutionAssembler.invalid(errors);
    }
    return description;
  }

  private boolean team() {
    return security.isUserInRole(Role.EDITOR_NAME) || security.isUserInRole(Role.ADMIN_NAME);
  }

  private static Response ok(ReplicationView view) {
    return Response.ok(ReplicationDocument.of(view)).tag(Versions.etag(view.version())).build();
  }
}
