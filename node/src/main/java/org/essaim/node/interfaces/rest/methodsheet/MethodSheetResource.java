// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.methodsheet;

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
import org.essaim.node.application.FieldError;
import org.essaim.node.application.MethodSheetService;
import org.essaim.node.application.MethodSheetView;
import org.essaim.node.application.PageRequest;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.methodsheet.MethodSheetSearch;
import org.essaim.node.domain.model.methodsheet.MethodSheetState;
import org.essaim.node.domain.model.methodsheet.MethodStep;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.interfaces.rest.Fields;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;

@Path("method-sheets")
@RequestScoped
@Tag(
    name = "Method sheets",
    description =
        "Method sheets (« fiches pratiques »): Markdown rendered to sanitised HTML, a lifecycle"
            + " DRAFT → IN_REVIEW → PUBLISHED → DEPRECATED and an immutable version for every"
            + " change of the text. The public reads PUBLISHED and DEPRECATED sheets of NODE_PUBLIC"
            + " or PUBLIC visibility (NETWORK is the default), without usernames.")
public class MethodSheetResource {

  static final String INCUBATEUR =
      "{\"title\":\"Créer et animer un incubateur\",\"summary\":\"Les étapes pour accompagner"
          + " les porteurs de projets issus des soirées d'idéation.\",\"bodyMarkdown\":\"##"
          + " Pourquoi un incubateur ?\\n\\nPour accompagner les **porteurs de projets** après"
          + " la soirée d'idéation.\\n\\n| Étape | Durée |\\n|---|---|\\n| Sélection | 1 mois"
          + " |\\n| Accompagnement | 6 mois |\\n\\nVoir [le réseau](https://startupdeterritoire.fr)."
          + "\",\"changeNote\":\"Première version, issue du groupe de travail\","
          + "\"methodSteps\":[\"SUPPORT\",\"SELECT_AND_GATHER\"],\"referentTerritory\":\"Jura\","
          + "\"contributingTerritories\":[\"Le Mans\",\"Creuse\"],\"audience\":\"NETWORK\","
          + "\"licence\":\"CC-BY-SA-4.0\",\"themes\":[\"employment-inclusion\"],"
          + "\"visibility\":\"NETWORK\"}";

  static final String MOBILISER =
      "{\"title\":\"Mobiliser des acteurs de l'accompagnement\",\"bodyMarkdown\":\"Réunir les"
          + " structures d'accompagnement du territoire autour des projets.\","
          + "\"methodSteps\":[\"PARTNERS\"],\"licence\":\"CC-BY-4.0\",\"visibility\":\"PUBLIC\"}";

  static final String SHEET_RESPONSE =
      "{\"id\":1,\"title\":\"Créer et animer un incubateur\",\"bodyMarkdown\":\"## Pourquoi un"
          + " incubateur ?\\n\\nPour accompagner les **porteurs de projets**.\","
          + "\"bodyHtml\":\"<h2>Pourquoi un incubateur ?</h2>\\n<p>Pour accompagner les"
          + " <strong>porteurs de projets</strong>.</p>\\n\",\"methodSteps\":[\"SUPPORT\"],"
          + "\"referentTerritory\":\"Jura\",\"contributingTerritories\":[],"
          + "\"audience\":\"NETWORK\",\"licence\":\"CC-BY-SA-4.0\",\"themes\":[],"
          + "\"visibility\":\"NETWORK\",\"state\":\"PUBLISHED\",\"currentVersion\":2,"
          + "\"publishedVersion\":2,\"publishedAt\":\"2026-11-23T10:00:00Z\",\"version\":4,"
          + "\"createdAt\":\"2026-11-20T09:00:00Z\",\"updatedAt\":\"2026-11-23T10:00:00Z\"}";

  @Inject MethodSheetService sheets;
  @Inject Taxonomy taxonomy;
  @Inject Validator validator;
  @Context SecurityContext security;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "List method sheets, most recently changed first, newest first or by title",
      description =
          "The public sees PUBLISHED and DEPRECATED sheets of NODE_PUBLIC or PUBLIC visibility;"
              + " the team sees them all.")
  @APIResponse(responseCode = "200", description = "One page of method sheets")
  @APIResponse(responseCode = "400", description = "Invalid page, size, filter or sort")
  public PageDocument<MethodSheetDocument> list(
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size,
      @Parameter(description = "A step of the method", example = "SUPPORT") @QueryParam("step")
          String step,
      @Parameter(description = "A themes key; narrower themes match too", example = "food")
          @QueryParam("theme")
          String theme,
      @Parameter(description = "DRAFT, IN_REVIEW, PUBLISHED or DEPRECATED", example = "PUBLISHED")
          @QueryParam("state")
          String state,
      @Parameter(description = "French full-text search, accents ignored", example = "incubateur")
          @QueryParam("q")
          String q,
      @Parameter(description = "-updatedAt (the default), -createdAt or title") @QueryParam("sort")
          String sort) {
    PageRequest request = PageRequest.parse(page, size);
    List<FieldError> errors = new ArrayList<>();
    MethodStep wantedStep = Fields.enumValue("step", MethodStep.class, step, errors);
    Fields.knownKey(taxonomy, TaxonomyScheme.THEMES, theme, "theme", errors);
    MethodSheetState wantedState = Fields.enumValue("state", MethodSheetState.class, state, errors);
    MethodSheetSearch.Order order = MethodSheetSearch.Order.UPDATED_DESC;
    String sorted = sort == null ? "" : sort.strip();
    if (sorted.equals("-createdAt")) {
      order = MethodSheetSearch.Order.CREATED_DESC;
    } else if (sorted.equals("title")) {
      order = MethodSheetSearch.Order.TITLE;
    } else if (!sorted.isEmpty() && !sorted.equals("-updatedAt")) {
      Fields.reject(errors, "sort", "must be -updatedAt (the default), -createdAt or title");
    }
    if (!errors.isEmpty()) {
      throw MethodSheetAssembler.invalid(errors);
    }
    return PageDocument.of(
        sheets.list(
            team(),
            Optional.ofNullable(wantedStep),
            Optional.ofNullable(theme).filter(s -> !s.isBlank()).map(String::strip),
            Optional.ofNullable(wantedState),
            QueryParams.text("q", q, 200),
            order,
            request),
        MethodSheetAssembler::toDocument);
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One method sheet, with its Markdown and its sanitised HTML")
  @APIResponse(
      responseCode = "200",
      description = "The sheet; its ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "A published sheet", value = SHEET_RESPONSE)))
  @APIResponse(responseCode = "404", description = "No such sheet (or not public)")
  public Response get(@PathParam("id") long id) {
    return ok(sheets.get(id, team()));
  }

  @POST
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "Write a method sheet, DRAFT, version 1 (editors, administrators)",
      description =
          "The referent territory is this node's territory unless given; licence CC-BY-SA-4.0,"
              + " audience and visibility NETWORK unless given.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "Créer et animer un incubateur", value = INCUBATEUR),
                @ExampleObject(
                    name = "Mobiliser des acteurs de l'accompagnement",
                    value = MOBILISER)
              }))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag name it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "A sheet", value = SHEET_RESPONSE)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON, invalid fields (body over 200 000 characters, no method step, unknown"
              + " licence), unknown taxonomy key")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  public Response create(MethodSheetDocument document, @Context UriInfo uri) {
    MethodSheetAssembler.Input input =
        MethodSheetAssembler.toInput(
            document, InputValidation.violations(validator, document), taxonomy);
    MethodSheetView view =
        sheets.create(input.text(), input.description(), input.changeNote(), author());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(MethodSheetAssembler.toDocument(view))
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
      summary = "Replace a method sheet's text and description (editors, administrators)",
      description =
          "A changed title, summary or body makes the next version, with the change note"
              + " (required when the sheet is PUBLISHED, which then stays published at the new"
              + " version); the same text makes none. A DEPRECATED sheet's text cannot change"
              + " (409): move it back to DRAFT first. The state is read-only here.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(name = "Créer et animer un incubateur", value = INCUBATEUR)))
  @APIResponse(responseCode = "200", description = "The stored sheet")
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such sheet")
  @APIResponse(responseCode = "409", description = "The sheet is DEPRECATED")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @PathParam("id") long id,
      @Parameter(description = "The version edited, as returned in the ETag")
          @HeaderParam("If-Match")
          String ifMatch,
      MethodSheetDocument document) {
    MethodSheetAssembler.Input input =
        MethodSheetAssembler.toInput(
            document, InputValidation.violations(validator, document), taxonomy);
    return ok(
        sheets.update(
            id,
            input.text(),
            input.description(),
            input.changeNote(),
            author(),
            Versions.expected(ifMatch)));
  }

  @POST
  @Path("{id}/transitions")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "Move a method sheet along its lifecycle",
      description =
          "DRAFT → IN_REVIEW → PUBLISHED → DEPRECATED; IN_REVIEW → DRAFT, PUBLISHED → DRAFT or"
              + " IN_REVIEW and DEPRECATED → DRAFT for a new round. Publishing records the current"
              + " version as the published one.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "To review", value = "{\"to\":\"IN_REVIEW\"}")))
  @APIResponse(responseCode = "200", description = "The sheet in its new state")
  @APIResponse(responseCode = "400", description = "Unknown state")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such sheet")
  @APIResponse(
      responseCode = "409",
      description = "Not allowed from the current state (urn:essaim:problem:illegal-transition)")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response transition(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      MethodSheetTransitionDocument document) {
    InputValidation.requireValid(validator, document);
    MethodSheetState target =
        QueryParams.enumValue("to", MethodSheetState.class, document.to()).orElseThrow();
    return ok(sheets.moveTo(id, target, author(), Versions.expected(ifMatch)));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.ADMIN_NAME)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "Delete a method sheet with its history (administrators)",
      description = "Editors deprecate a sheet instead: its history stays.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such sheet")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    sheets.delete(id, Versions.expected(ifMatch));
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/versions")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A method sheet's versions, newest first (the changelog), without their bodies",
      description =
          "The public reads the versions of a sheet it may read, up to the published one, without"
              + " authors.")
  @APIResponse(
      responseCode = "200",
      description = "One page of versions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "Changelog",
                      value =
                          "{\"items\":[{\"sheetId\":1,\"number\":2,\"title\":\"Créer et animer un"
                              + " incubateur\",\"changeNote\":\"Ajout du tableau des étapes\","
                              + "\"createdAt\":\"2026-11-23T10:00:00Z\"}],\"page\":1,"
                              + "\"size\":20,\"totalItems\":2,\"totalPages\":1}")))
  @APIResponse(responseCode = "400", description = "Invalid page or size")
  @APIResponse(responseCode = "404", description = "No such sheet (or not public)")
  public PageDocument<MethodSheetVersionDocument> versions(
      @PathParam("id") long id,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size) {
    PageRequest request = PageRequest.parse(page, size);
    return PageDocument.of(
        sheets.versions(id, team(), request), v -> MethodSheetAssembler.toDocument(v, false));
  }

  @GET
  @Path("{id}/versions/{number}")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One version of a method sheet, with its Markdown and sanitised HTML")
  @APIResponse(responseCode = "200", description = "The version")
  @APIResponse(responseCode = "404", description = "No such sheet or version (or not public)")
  public MethodSheetVersionDocument version(
      @PathParam("id") long id,
      @Parameter(description = "The version's number, from 1", example = "2") @PathParam("number")
          int number) {
    return MethodSheetAssembler.toDocument(sheets.version(id, number, team()), true);
  }

  private boolean team() {
    return security.isUserInRole(Role.EDITOR_NAME) || security.isUserInRole(Role.ADMIN_NAME);
  }

  private String author() {
    return security.getUserPrincipal().getName();
  }

  private static Response ok(MethodSheetView view) {
    return Response.ok(MethodSheetAssembler.toDocument(view))
        .tag(Versions.etag(view.version()))
        .build();
  }
}
