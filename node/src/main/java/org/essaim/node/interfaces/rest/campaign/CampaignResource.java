// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.campaign;

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
import org.essaim.node.application.CampaignService;
import org.essaim.node.application.CampaignView;
import org.essaim.node.application.PageRequest;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.campaign.CampaignDescription;
import org.essaim.node.domain.model.campaign.CampaignState;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;

@Path("campaigns")
@RequestScoped
@Tag(
    name = "Campaigns",
    description =
        "Campaigns (« éditions ») of the four-step method. PLANNED ones are the team's drafts:"
            + " only editors and administrators see them.")
public class CampaignResource {

  private static final String CAMPAIGN_EXAMPLE =
      "{\"name\":\"Crépîte 2024\",\"localBrandName\":\"Crépîte\","
          + "\"subTerritory\":\"Lons-le-Saunier\",\"startDate\":\"2024-06-01\","
          + "\"endDate\":\"2024-12-31\"}";

  @Inject CampaignService campaigns;
  @Inject Validator validator;
  @Context SecurityContext security;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "List campaigns, newest start first",
      description = "The public sees every campaign but PLANNED ones; the team sees them all.")
  @APIResponse(responseCode = "200", description = "One page of campaigns")
  @APIResponse(responseCode = "400", description = "Invalid page, size or state")
  public PageDocument<CampaignDocument> list(
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size,
      @Parameter(description = "Only campaigns in this state", example = "COLLECTING_DREAMS")
          @QueryParam("state")
          String state) {
    PageRequest request = PageRequest.parse(page, size);
    CampaignState wanted = QueryParams.enumValue("state", CampaignState.class, state).orElse(null);
    return PageDocument.of(campaigns.list(team(), wanted, request), CampaignAssembler::toDocument);
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One campaign")
  @APIResponse(responseCode = "200", description = "The campaign; its ETag is its version")
  @APIResponse(responseCode = "404", description = "No such campaign (or PLANNED, for the public)")
  public Response get(@PathParam("id") long id) {
    return ok(campaigns.get(id, team()));
  }

  @POST
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "Create a campaign, PLANNED (editors, administrators)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Crépîte 2024", value = CAMPAIGN_EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Created; Location and ETag name it")
  @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  public Response create(CampaignDocument document, @Context UriInfo uri) {
    CampaignView view = campaigns.create(description(document));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(CampaignAssembler.toDocument(view))
        .tag(Versions.etag(view.version()))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "Replace a campaign's description (editors, administrators)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Crépîte 2024", value = CAMPAIGN_EXAMPLE)))
  @APIResponse(responseCode = "200", description = "The stored campaign")
  @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such campaign")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @PathParam("id") long id,
      @Parameter(description = "The version edited, as returned in the ETag")
          @HeaderParam("If-Match")
          String ifMatch,
      CampaignDocument document) {
    return ok(campaigns.describe(id, description(document), Versions.expected(ifMatch)));
  }

  @POST
  @Path("{id}/transitions")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "Move a campaign to the next step (editors, administrators)",
      description =
          "PLANNED → COLLECTING_DREAMS → CHALLENGES_DRAFTED → IDEATION_DONE → SELECTION →"
              + " SUPPORT → CLOSED, one step at a time. Dreams are accepted only while"
              + " COLLECTING_DREAMS.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "Open the dream collection",
                      value = "{\"to\":\"COLLECTING_DREAMS\"}")))
  @APIResponse(responseCode = "200", description = "The campaign in its new state")
  @APIResponse(responseCode = "400", description = "Unknown state")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such campaign")
  @APIResponse(
      responseCode = "409",
      description = "Not the next step (urn:essaim:problem:illegal-transition)")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response transition(
      @PathParam("id") long id,
      @Parameter(description = "The version seen, as returned in the ETag (optional)")
          @HeaderParam("If-Match")
          String ifMatch,
      TransitionDocument document) {
    InputValidation.requireValid(validator, document);
    CampaignState target =
        QueryParams.enumValue("to", CampaignState.class, document.to()).orElseThrow();
    return ok(campaigns.moveTo(id, target, Versions.expected(ifMatch)));
  }

  private CampaignDescription description(CampaignDocument document) {
    return CampaignAssembler.toDescription(
        document, InputValidation.violations(validator, document));
  }

  private boolean team() {
    return security.isUserInRole(Role.EDITOR_NAME) || security.isUserInRole(Role.ADMIN_NAME);
  }

  private static Response ok(CampaignView view) {
    return Response.ok(CampaignAssembler.toDocument(view))
        .tag(Versions.etag(view.version()))
        .build();
  }
}
