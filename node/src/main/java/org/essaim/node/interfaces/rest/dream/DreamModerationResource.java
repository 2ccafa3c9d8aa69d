// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.dream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.essaim.node.application.DreamService;
import org.essaim.node.application.DreamView;
import org.essaim.node.application.PageRequest;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.dream.DreamState;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;
import org.essaim.node.interfaces.rest.challenge.SimilarDreamDocument;

/** The team's side of dreams: every state, personal fields included. */
@Path("moderation/dreams")
@RequestScoped
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(
    name = "Dream moderation",
    description = "Editors and administrators read, search and moderate every dream.")
public class DreamModerationResource {

  @Inject DreamService dreams;
  @Inject Validator validator;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Search dreams (editors, administrators)")
  @APIResponse(responseCode = "200", description = "One page of dreams, personal fields included")
  @APIResponse(responseCode = "400", description = "Invalid page, size, state, theme or sort")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  public PageDocument<DreamDocument> list(
      @Parameter(description = "Only this campaign's dreams", example = "1") @QueryParam("campaign")
          String campaign,
      @Parameter(description = "Only dreams in this state", example = "SUBMITTED")
          @QueryParam("state")
          String state,
      @Parameter(description = "Theme key; narrower themes included", example = "food")
          @QueryParam("theme")
          String theme,
      @Parameter(description = "French full-text search, accents ignored", example = "reve partage")
          @QueryParam("q")
          String q,
      @Parameter(
              description = "-submittedAt (newest first, default) or submittedAt",
              example = "-submittedAt")
          @QueryParam("sort")
          String sort,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size) {
    PageRequest pageRequest = PageRequest.parse(page, size);
    return PageDocument.of(
        dreams.listForTeam(
            QueryParams.longValue("campaign", campaign),
            QueryParams.enumValue("state", DreamState.class, state),
            QueryParams.text("theme", theme, PublicDreamResource.MAX_QUERY_LENGTH),
            QueryParams.text("q", q, PublicDreamResource.MAX_QUERY_LENGTH),
            QueryParams.newestFirst(sort),
            pageRequest),
        DreamDocument::of);
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One dream (editors, administrators)")
  @APIResponse(responseCode = "200", description = "The dream; its ETag is its version")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such dream")
  public Response get(@PathParam("id") long id) {
    return ok(dreams.getForTeam(id));
  }

  @POST
  @Path("{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Moderate a dream (editors, administrators)",
      description =
          "SUBMITTED → PUBLISHED | REJECTED | MERGED (with mergedInto: a dream of the same"
              + " campaign); PUBLISHED → CLUSTERED | ARCHIVED; CLUSTERED → ARCHIVED.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "Publish", value = "{\"to\":\"PUBLISHED\"}"),
                @ExampleObject(
                    name = "Merge a duplicate",
                    value = "{\"to\":\"MERGED\",\"mergedInto\":7}")
              }))
  @APIResponse(responseCode = "200", description = "The dream in its new state")
  @APIResponse(responseCode = "400", description = "Unknown state, missing or bad mergedInto")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such dream")
  @APIResponse(
      responseCode = "409",
      description = "Not allowed from the current state (urn:essaim:problem:illegal-transition)")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response transition(
      @PathParam("id") long id,
      @Parameter(description = "The version seen, as returned in the ETag (optional)")
          @HeaderParam("If-Match")
          String ifMatch,
      DreamTransitionDocument document) {
    InputValidation.requireValid(validator, document);
    DreamState target = QueryParams.enumValue("to", DreamState.class, document.to()).orElseThrow();
    return ok(
        dreams.moveTo(
            id, target, Optional.ofNullable(document.mergedInto()), Versions.expected(ifMatch)));
  }

  @GET
  @Path("{id}/similar")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Other dreams resembling this one (editors, administrators)",
      description =
          "The 10 SUBMITTED, PUBLISHED or CLUSTERED dreams of the same campaign most resembling"
              + " this one (pg_trgm similarity plus French full-text rank, accents ignored), best"
              + " first: duplicates to merge, dreams to group under the same défi.")
  @APIResponse(responseCode = "200", description = "The suggestions, best first")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such dream")
  public List<SimilarDreamDocument> similar(@PathParam("id") long id) {
    return dreams.similarTo(id).stream().map(SimilarDreamDocument::of).toList();
  }

  private static Response ok(DreamView view) {
    return Response.ok(DreamDocument.of(view)).tag(Versions.etag(view.version())).build();
  }
}
