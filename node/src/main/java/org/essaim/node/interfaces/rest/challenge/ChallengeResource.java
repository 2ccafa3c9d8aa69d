// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.challenge;

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
import org.essaim.node.application.ChallengeService;
import org.essaim.node.application.ChallengeView;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.search.SimilarObjects;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.challenge.ChallengeDescription;
import org.essaim.node.domain.model.challenge.ChallengeState;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;
import org.essaim.node.interfaces.rest.search.SimilarDocument;

@Path("challenges")
@RequestScoped
@Tag(
    name = "Challenges",
    description =
        "Défis drawn from the dreams of a campaign (e.g. the 15 défis of Crépîte 2024 in"
            + " Lons-le-Saunier). DRAFT ones, and those of PLANNED campaigns, are the team's"
            + " only.")
public class ChallengeResource {

  static final int MAX_QUERY_LENGTH = 200;

  private static final String CHALLENGE_EXAMPLE =
      "{\"campaignId\":1,\"title\":\"Atelier de réparation de vélos\","
          + "\"statement\":\"Comment permettre à chacun de réparer son vélo près de chez soi,"
          + " à Lons-le-Saunier ?\",\"themes\":[\"mobility.cycling\",\"circular-economy.repair\"]}";

  @Inject ChallengeService challenges;
  @Inject SimilarObjects similar;
  @Inject Validator validator;
  @Inject Taxonomy taxonomy;
  @Context SecurityContext security;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "List défis, in the order they were written",
      description =
          "The public sees défis out of DRAFT, of campaigns out of PLANNED, and only the"
              + " published dreams they group; the team sees them all.")
  @APIResponse(responseCode = "200", description = "One page of défis")
  @APIResponse(responseCode = "400", description = "Invalid page, size, state, campaign or theme")
  public PageDocument<ChallengeDocument> list(
      @Parameter(description = "Only this campaign's défis", example = "1") @QueryParam("campaign")
          String campaign,
      @Parameter(description = "Only défis in this state", example = "SEEKING_CARRIER")
          @QueryParam("state")
          String state,
      @Parameter(description = "Theme key; narrower themes included", example = "mobility")
          @QueryParam("theme")
          String theme,
      @Parameter(description = "French full-text search, accents ignored", example = "velo")
          @QueryParam("q")
          String q,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size) {
    PageRequest request = PageRequest.parse(page, size);
    return PageDocument.of(
        challenges.list(
            team(),
            QueryParams.longValue("campaign", campaign),
            QueryParams.enumValue("state", ChallengeState.class, state),
            QueryParams.text("theme", theme, MAX_QUERY_LENGTH),
            QueryParams.text("q", q, MAX_QUERY_LENGTH),
            request),
        ChallengeAssembler::toDocument);
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One défi, with its grouped dreams")
  @APIResponse(responseCode = "200", description = "The défi; its ETag is its version")
  @APIResponse(responseCode = "404", description = "No such défi (or not public yet)")
  public Response get(@PathParam("id") long id) {
    return ok(challenges.get(id, team()));
  }

  @GET
  @Path("{id}/transferable-solutions")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Transferable solutions of other territories for a défi",
      description =
          "Solutions published by followed territories (never this one's) that look like an"
              + " answer to this défi, from its title, statement and themes, best first, with an"
              + " explanation for each. Anonymous callers get public, indexable solutions only;"
              + " signed-in members also those shared with the network.")
  @APIResponse(
      responseCode = "200",
      description = "The suggestions, best first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Solutions", value = SimilarDocument.EXAMPLE)))
  @APIResponse(responseCode = "400", description = "limit not an integer from 1 to 50")
  @APIResponse(responseCode = "404", description = "No such défi (or not public yet)")
  public SimilarDocument.ListDocument transferableSolutions(
      @Parameter(description = "The défi's id", example = "3") @PathParam("id") long id,
      @Parameter(description = "Suggestions wanted, 1 to 50 (10 by default)", example = "10")
          @QueryParam("limit")
          String limit) {
    return SimilarDocument.list(
        similar.transferableSolutions(id, team(), security.getUserPrincipal() != null, limit),
        taxonomy);
  }

  @POST
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "Create a défi, DRAFT (editors, administrators)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Crépîte 2024", value = CHALLENGE_EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Created; Location and ETag name it")
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON or invalid fields (unknown campaign or theme…)")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  public Response create(ChallengeDocument document, @Context UriInfo uri) {
    List<FieldError> errors = new ArrayList<>(InputValidation.violations(validator, document));
    if (document.campaignId() == null) {
      errors.add(new FieldError("campaignId", "must not be null"));
    }
    ChallengeDescription description = ChallengeAssembler.toDescription(document, errors, taxonomy);
    ChallengeView view = challenges.create(document.campaignId(), description);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(ChallengeAssembler.toDocument(view))
        .tag(Versions.etag(view.version()))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "Replace a défi's description (editors, administrators)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Crépîte 2024", value = CHALLENGE_EXAMPLE)))
  @APIResponse(responseCode = "200", description = "The stored défi")
  @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such défi")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @PathParam("id") long id,
      @Parameter(description = "The version edited, as returned in the ETag")
          @HeaderParam("If-Match")
          String ifMatch,
      ChallengeDocument document) {
    ChallengeDescription description =
        ChallengeAssembler.toDescription(
            document, InputValidation.violations(validator, document), taxonomy);
    return ok(challenges.describe(id, description, Versions.expected(ifMatch)));
  }

  @POST
  @Path("{id}/transitions")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "Move a défi along its lifecycle (editors, administrators)",
      description =
          "DRAFT → SELECTED_FOR_EVENING → WORKED_AT_EVENING → SEEKING_CARRIER → IN_DEPLOYMENT →"
              + " RESOLVED, one step at a time; ABANDONED or MERGED (with mergedInto: an open"
              + " défi of the same campaign) from any state but the final ones.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(
                    name = "Chosen for the soirée",
                    value = "{\"to\":\"SELECTED_FOR_EVENING\"}"),
                @ExampleObject(
                    name = "Merge a duplicate",
                    value = "{\"to\":\"MERGED\",\"mergedInto\":4}")
              }))
  @APIResponse(responseCode = "200", description = "The défi in its new state")
  @APIResponse(responseCode = "400", description = "Unknown state, missing or bad mergedInto")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such défi")
  @APIResponse(
      responseCode = "409",
      description = "Not allowed from the current state (urn:essaim:problem:illegal-transition)")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response transition(
      @PathParam("id") long id,
      @Parameter(description = "The version seen, as returned in the ETag (optional)")
          @HeaderParam("If-Match")
          String ifMatch,
      ChallengeTransitionDocument document) {
    InputValidation.requireValid(validator, document);
    ChallengeState target =
        QueryParams.enumValue("to", ChallengeState.class, document.to()).orElseThrow();
    return ok(
        challenges.moveTo(
            id, target, Optional.ofNullable(document.mergedInto()), Versions.expected(ifMatch)));
  }

  @PUT
  @Path("{id}/dreams/{dreamId}")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "Group a dream under the défi (editors, administrators)",
      description =
          "The dream must be of the défi's campaign and PUBLISHED or CLUSTERED; a PUBLISHED dream"
              + " becomes CLUSTERED. Grouping it again changes nothing.")
  @APIResponse(responseCode = "200", description = "The défi with its grouped dreams")
  @APIResponse(
      responseCode = "400",
      description = "The dream is of another campaign, or not moderated (field dreamId)")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such défi or dream")
  @APIResponse(responseCode = "409", description = "The défi is RESOLVED, ABANDONED or MERGED")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response group(
      @PathParam("id") long id,
      @PathParam("dreamId") long dreamId,
      @Parameter(description = "The version seen, as returned in the ETag (optional)")
          @HeaderParam("If-Match")
          String ifMatch) {
    return ok(challenges.group(id, dreamId, Versions.expected(ifMatch)));
  }

  @DELETE
  @Path("{id}/dreams/{dreamId}")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "Take a dream out of the défi (editors, administrators)",
      description = "The dream stays CLUSTERED: its lifecycle has no way back.")
  @APIResponse(responseCode = "200", description = "The défi with its grouped dreams")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(
      responseCode = "404",
      description = "No such défi, or the dream is not grouped in it")
  @APIResponse(responseCode = "409", description = "The défi is RESOLVED, ABANDONED or MERGED")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response ungroup(
      @PathParam("id") long id,
      @PathParam("dreamId") long dreamId,
      @Parameter(description = "The version seen, as returned in the ETag (optional)")
          @HeaderParam("If-Match")
          String ifMatch) {
    return ok(challenges.ungroup(id, dreamId, Versions.expected(ifMatch)));
  }

  @GET
  @Path("{id}/similar-dreams")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "Dreams resembling the défi, to group (editors, administrators)",
      description =
          "The 10 PUBLISHED or CLUSTERED dreams of the campaign, not yet grouped in this défi,"
              + " most resembling its title and statement (pg_trgm similarity plus French"
              + " full-text rank, accents ignored), best first. Dreams with no resemblance are"
              + " left out.")
  @APIResponse(responseCode = "200", description = "The suggestions, best first")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such défi")
  public List<SimilarDreamDocument> similarDreams(@PathParam("id") long id) {
    return challenges.similarDreams(id).stream().map(SimilarDreamDocument::of).toList();
  }

  private boolean team() {
    return security.isUserInRole(Role.EDITOR_NAME) || security.isUserInRole(Role.ADMIN_NAME);
  }

  private static Response ok(ChallengeView view) {
    return Response.ok(ChallengeAssembler.toDocument(view))
        .tag(Versions.etag(view.version()))
        .build();
  }
}
