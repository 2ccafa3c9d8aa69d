// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.introduction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.federation.exchanges.IntroductionService;
import org.essaim.node.application.federation.exchanges.IntroductionView;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.introduction.Introduction;
import org.essaim.node.domain.model.introduction.IntroductionDirection;
import org.essaim.node.domain.model.introduction.IntroductionState;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.interfaces.rest.Fields;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;

/**
 * Introductions between this territory's projects and other territories' (« mises en relation »):
 * the team proposes them and reads them; the administrators answer those received and withdraw
 * links. Never public.
 */
@Path("federation/introductions")
@RequestScoped
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(
    name = "Introductions",
    description =
        "Introductions between projects of two territories (Offer{SimilarProjectLink}): proposed"
            + " by the team, accepted or rejected by the other territory's administrators; an"
            + " accepted introduction is a link both projects show (GET /api/projects/{id}/links).")
public class IntroductionResource {

  static final String EXAMPLE =
      "{\"id\":4,\"direction\":\"RECEIVED\",\"state\":\"PROPOSED\","
          + "\"offerId\":\"https://essaim.lons.example/activities/0b7e6f0e\","
          + "\"peerActor\":\"https://essaim.lons.example/actors/territory\","
          + "\"peerName\":\"Pays Lédonien\",\"projectId\":3,"
          + "\"projectUri\":\"https://essaim.vierzon.example/objects/projects/3\","
          + "\"remoteProjectUri\":\"https://essaim.lons.example/objects/projects/12\","
          + "\"remoteProjectTitle\":\"Épicerie solidaire de Lons\","
          + "\"basis\":[\"SAME_THEME\"],\"sharedThemes\":[\"food.access\"],"
          + "\"message\":\"Vos porteuses gagneraient à se rencontrer.\","
          + "\"createdAt\":\"2025-03-02T09:00:00Z\"}";

  @Inject IntroductionService introductions;
  @Inject Taxonomy taxonomy;
  @Inject Validator validator;
  @Context SecurityContext security;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "List introductions sent and received, newest first",
      description =
          "PROPOSED until the receiving territory answers, then ACCEPTED or REJECTED; an accepted"
              + " link, or an unanswered proposal sent, may be WITHDRAWN.")
  @APIResponse(
      responseCode = "200",
      description = "One page of introductions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "A proposal to answer",
                      value =
                          "{\"items\":["
                              + EXAMPLE
                              + "],\"page\":1,\"size\":20,\"totalItems\":1,\"totalPages\":1}")))
  @APIResponse(responseCode = "400", description = "Invalid direction, state, page or size")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither editor nor administrator")
  public PageDocument<IntroductionDocument> list(
      @Parameter(description = "SENT or RECEIVED; both when absent", example = "RECEIVED")
          @QueryParam("direction")
          String direction,
      @Parameter(description = "PROPOSED, ACCEPTED, REJECTED or WITHDRAWN", example = "PROPOSED")
          @QueryParam("state")
          String state,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size) {
    return PageDocument.of(
        introductions.list(
            QueryParams.enumValue("direction", IntroductionDirection.class, direction).orElse(null),
            QueryParams.enumValue("state", IntroductionState.class, state).orElse(null),
            PageRequest.parse(page, size)),
        IntroductionDocument::of);
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One introduction")
  @APIResponse(
      responseCode = "200",
      description = "The introduction",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "A proposal", value = EXAMPLE)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither editor nor administrator")
  @APIResponse(responseCode = "404", description = "No such introduction")
  public IntroductionDocument get(
      @Parameter(description = "The introduction's id", example = "4") @PathParam("id") long id) {
    return IntroductionDocument.of(introductions.get(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Introduce one of this territory's projects to another territory's project",
      description =
          "Sends Offer{SimilarProjectLink (SUGGESTED), target: <their project>} to that project's"
              + " territory only, by this territory's actor (never a person). The project must be"
              + " NETWORK or PUBLIC; the target a project this node holds a copy of. Its answer"
              + " marks the introduction ACCEPTED or REJECTED.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "An introduction",
                      value =
                          "{\"project\":3,"
                              + "\"target\":\"https://essaim.lons.example/objects/projects/12\","
                              + "\"basis\":[\"SAME_THEME\"],\"sharedThemes\":[\"food.access\"],"
                              + "\"message\":\"Vos porteuses gagneraient à se rencontrer.\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Sent; the introduction, PROPOSED",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Sent", value = EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      description =
          "Missing project or target, a target that is no known project of another territory, an"
              + " unknown basis or theme, a message over 1000 characters")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither editor nor administrator")
  @APIResponse(responseCode = "404", description = "No such project here")
  @APIResponse(
      responseCode = "409",
      description =
          "The project is not shared with the network, the other territory is blocked, or the"
              + " two projects already have an introduction proposed or accepted")
  public Response propose(IntroductionRequestDocument body, @Context UriInfo uri) {
    List<FieldError> errors = new ArrayList<>(InputValidation.violations(validator, body));
    URI target = target(body.target(), errors);
    List<String> basis = body.basis() == null ? List.of() : body.basis();
    for (int i = 0; i < basis.size(); i++) {
      String code = basis.get(i) == null ? "" : basis.get(i).strip().toUpperCase(Locale.ROOT);
      if (!code.isEmpty() && !Introduction.BASIS.contains(code)) {
        Fields.reject(errors, "basis[" + i + "]", "must be one of " + Introduction.BASIS);
      }
    }
    Fields.knownKeys(taxonomy, TaxonomyScheme.THEMES, body.sharedThemes(), "sharedThemes", errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    IntroductionView view =
        introductions.propose(
            body.project(),
            target,
            basis.stream().map(b -> b.strip().toUpperCase(Locale.ROOT)).distinct().toList(),
            body.sharedThemes() == null
                ? List.of()
                : body.sharedThemes().stream().map(String::strip).distinct().toList(),
            body.message(),
            username());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(IntroductionDocument.of(view))
        .build();
  }

  /** The target as an absolute http(s) address, or null with a field error. */
  static URI target(String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (uri.isAbsolute() && uri.getHost() != null && scheme.matches("https?")) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    Fields.reject(errors, "target", "must be the http(s) address of another territory's project");
    return null;
  }

  @POST
  @Path("{id}/accept")
  @RolesAllowed(Role.ADMIN_NAME)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Accept an introduction received (administrators)",
      description =
          "The link shows on both projects (GET /api/projects/{id}/links); an Accept of the Offer"
              + " is sent to the proposer, whose introduction becomes ACCEPTED.")
  @APIResponse(
      responseCode = "200",
      description = "ACCEPTED",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Accepted", value = EXAMPLE)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such introduction")
  @APIResponse(
      responseCode = "409",
      description =
          "Sent by this territory, already answered (illegal transition), or the project is no"
              + " longer shared")
  public IntroductionDocument accept(
      @Parameter(description = "The introduction's id", example = "4") @PathParam("id") long id) {
    return IntroductionDocument.of(introductions.accept(id, username()));
  }

  @POST
  @Path("{id}/reject")
  @RolesAllowed(Role.ADMIN_NAME)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Reject an introduction received (administrators)",
      description = "A Reject of the Offer is sent to the proposer.")
  @APIResponse(
      responseCode = "200",
      description = "REJECTED",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Rejected", value = EXAMPLE)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such introduction")
  @APIResponse(
      responseCode = "409",
      description = "Sent by this territory, or already answered (illegal transition)")
  public IntroductionDocument reject(
      @Parameter(description = "The introduction's id", example = "4") @PathParam("id") long id) {
    return IntroductionDocument.of(introductions.reject(id, username()));
  }

  @POST
  @Path("{id}/withdraw")
  @RolesAllowed(Role.ADMIN_NAME)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Withdraw a link, or a proposal this territory sent (administrators)",
      description =
          "An ACCEPTED link (whoever proposed it) or this territory's PROPOSED introduction becomes"
              + " WITHDRAWN; Undo{<Offer>} is sent to the other territory, which withdraws it too.")
  @APIResponse(
      responseCode = "200",
      description = "WITHDRAWN",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Withdrawn", value = EXAMPLE)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such introduction")
  @APIResponse(
      responseCode = "409",
      description =
          "A proposal received (reject it instead), or already REJECTED or WITHDRAWN (illegal"
              + " transition)")
  public IntroductionDocument withdraw(
      @Parameter(description = "The introduction's id", example = "4") @PathParam("id") long id) {
    return IntroductionDocument.of(introductions.withdraw(id, username()));
  }

  private String username() {
    return security.getUserPrincipal().getName();
  }
}
