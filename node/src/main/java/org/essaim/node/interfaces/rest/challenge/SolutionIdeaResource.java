// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.challenge;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.SolutionIdeaService;
import org.essaim.node.application.SolutionIdeaView;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.challenge.SolutionIdeaState;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;

@Path("challenges/{challengeId}/solutions")
@RequestScoped
@Tag(
    name = "Solution ideas",
    description =
        "Pistes de solution found for a défi at a soirée d'idéation (e.g. the forum of 19"
            + " solutions of Crépîte 2024). The public reads SHORTLISTED, SELECTED and"
            + " BECAME_PROJECT ones.")
public class SolutionIdeaResource {

  private static final String IDEA_EXAMPLE =
      "{\"title\":\"Un repair café vélo mensuel à la maison de quartier\","
          + "\"description\":\"Des bénévoles et un mécanicien accueillent les habitants un samedi"
          + " par mois pour réparer ensemble.\"}";

  @Inject SolutionIdeaService ideas;
  @Inject Validator validator;
  @Context SecurityContext security;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Solution ideas of a défi, oldest first")
  @APIResponse(responseCode = "200", description = "One page of solution ideas")
  @APIResponse(responseCode = "400", description = "Invalid page, size or state")
  @APIResponse(responseCode = "404", description = "No such défi (or not public yet)")
  public PageDocument<SolutionIdeaDocument> list(
      @PathParam("challengeId") long challengeId,
      @Parameter(description = "Only ideas in this state", example = "SELECTED")
          @QueryParam("state")
          String state,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size) {
    PageRequest request = PageRequest.parse(page, size);
    SolutionIdeaState wanted =
        QueryParams.enumValue("state", SolutionIdeaState.class, state).orElse(null);
    return PageDocument.of(
        ideas.list(challengeId, team(), wanted, request), SolutionIdeaDocument::of);
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One solution idea")
  @APIResponse(responseCode = "200", description = "The idea; its ETag is its version")
  @APIResponse(responseCode = "404", description = "No such idea (or not public)")
  public Response get(@PathParam("challengeId") long challengeId, @PathParam("id") long id) {
    return ok(ideas.get(challengeId, id, team()));
  }

  @POST
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "Record a solution idea, PROPOSED (editors, administrators)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Crépîte 2024", value = IDEA_EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Created; Location and ETag name it")
  @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such défi")
  public Response create(
      @PathParam("challengeId") long challengeId,
      SolutionIdeaDocument document,
      @Context UriInfo uri) {
    InputValidation.requireValid(validator, document);
    SolutionIdeaView view = ideas.create(challengeId, document.title(), document.description());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(SolutionIdeaDocument.of(view))
        .tag(Versions.etag(view.version()))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "Replace a solution idea's title and description (editors, administrators)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Crépîte 2024", value = IDEA_EXAMPLE)))
  @APIResponse(responseCode = "200", description = "The stored idea")
  @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such idea")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @PathParam("challengeId") long challengeId,
      @PathParam("id") long id,
      @Parameter(description = "The version edited, as returned in the ETag")
          @HeaderParam("If-Match")
          String ifMatch,
      SolutionIdeaDocument document) {
    InputValidation.requireValid(validator, document);
    return ok(
        ideas.describe(
            challengeId, id, document.title(), document.description(), Versions.expected(ifMatch)));
  }

  @POST
  @Path("{id}/transitions")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "Move a solution idea (editors, administrators)",
      description =
          "PROPOSED → SHORTLISTED → SELECTED → BECAME_PROJECT (with projectId), and DROPPED from"
              + " any of the first three.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "Kept for the forum", value = "{\"to\":\"SHORTLISTED\"}"),
                @ExampleObject(
                    name = "Carried as a project",
                    value = "{\"to\":\"BECAME_PROJECT\",\"projectId\":21}")
              }))
  @APIResponse(responseCode = "200", description = "The idea in its new state")
  @APIResponse(responseCode = "400", description = "Unknown state, missing or bad projectId")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such idea")
  @APIResponse(
      responseCode = "409",
      description = "Not allowed from the current state (urn:essaim:problem:illegal-transition)")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response transition(
      @PathParam("challengeId") long challengeId,
      @PathParam("id") long id,
      @Parameter(description = "The version seen, as returned in the ETag (optional)")
          @HeaderParam("If-Match")
          String ifMatch,
      SolutionIdeaTransitionDocument document) {
    InputValidation.requireValid(validator, document);
    SolutionIdeaState target =
        QueryParams.enumValue("to", SolutionIdeaState.class, document.to()).orElseThrow();
    return ok(
        ideas.moveTo(challengeId, id, target, document.projectId(), Versions.expected(ifMatch)));
  }

  private boolean team() {
    return security.isUserInRole(Role.EDITOR_NAME) || security.isUserInRole(Role.ADMIN_NAME);
  }

  private static Response ok(SolutionIdeaView view) {
    return Response.ok(SolutionIdeaDocument.of(view)).tag(Versions.etag(view.version())).build();
  }
}
