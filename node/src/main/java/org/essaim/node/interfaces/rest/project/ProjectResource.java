// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.project;

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
import org.essaim.node.application.CollectiveService;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.ProjectService;
import org.essaim.node.application.ProjectView;
import org.essaim.node.application.search.SimilarObjects;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.project.ProjectDescription;
import org.essaim.node.domain.model.project.ProjectStage;
import org.essaim.node.domain.model.project.ProjectStatus;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.interfaces.rest.Fields;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;
import org.essaim.node.interfaces.rest.search.SimilarDocument;

@Path("projects")
@RequestScoped
@Tag(
    name = "Projects",
    description =
        "The territory's projects. The public reads NODE_PUBLIC (the default) and PUBLIC ones;"
            + " NETWORK and PRIVATE ones are for the team. Collective members and accompaniments"
            + " are personal or private: see …/collective and …/accompaniments; a project shows"
            + " only its collective's member count and public member organisations.")
public class ProjectResource {

  static final String ARCHIBON =
      "{\"title\":\"Itération vers ARCHIBON\",\"summary\":\"Structurer autour du restaurant"
          + " d'insertion « Léo à Table » un PTCE de l'alimentation durable.\","
          + "\"stage\":\"emergence\",\"themes\":[\"food.access\",\"food.organic-local-sector\","
          + "\"employment-inclusion\"],\"supportModes\":[\"multi-actor-alliance\"],"
          + "\"origin\":\"ACCELERATED_EXISTING\",\"carrierOrganizationId\":1,"
          + "\"legalForm\":\"association-1901\",\"partnerOrganizationIds\":[2],"
          + "\"fundings\":[{\"instrument\":\"fse\",\"fseCode\":\"202003867\","
          + "\"amountEur\":67573,\"periodStart\":\"2021-01-01\",\"periodEnd\":\"2021-12-31\","
          + "\"cofunders\":[\"Ville de Rouen\",\"Agence nationale de la cohésion des"
          + " territoires\"]}],\"location\":{\"code\":\"76540\",\"label\":\"Rouen\"},"
          + "\"pepite\":false,\"visibility\":\"NODE_PUBLIC\"}";

  static final String ECOPOLES =
      "{\"title\":\"Écopôles alimentaires\",\"summary\":\"Modéliser et expérimenter un nouveau"
          + " modèle de coopération par l'entrée alimentaire.\",\"stage\":\"development\","
          + "\"themes\":[\"food.organic-local-sector\",\"employment-inclusion\",\"agriculture\"],"
          + "\"origin\":\"TRANSPOSED_FROM\","
          + "\"originSourceUri\":\"https://national.example/solutions/ecopoles-alimentaires\","
          + "\"fundings\":[{\"instrument\":\"fse\",\"fseCode\":\"202003945\",\"amountEur\":79905,"
          + "\"periodStart\":\"2020-07-01\",\"periodEnd\":\"2021-12-31\",\"cofunders\":[\"État"
          + " (Direction départementale de la cohésion sociale)\"]}],\"visibility\":\"PUBLIC\"}";

  @Inject ProjectService projects;
  @Inject SimilarObjects similar;
  @Inject CollectiveService collectives;
  @Inject Taxonomy taxonomy;
  @Inject Validator validator;
  @Context SecurityContext security;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "List projects, newest first or by title",
      description = "The public sees NODE_PUBLIC and PUBLIC projects; the team sees them all.")
  @APIResponse(responseCode = "200", description = "One page of projects")
  @APIResponse(responseCode = "400", description = "Invalid page, size, filter or sort")
  public PageDocument<ProjectDocument> list(
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size,
      @Parameter(description = "A themes key; narrower themes match too", example = "food")
          @QueryParam("theme")
          String theme,
      @Parameter(description = "A project-stages key", example = "launched") @QueryParam("stage")
          String stage,
      @Parameter(description = "ACTIVE, PAUSED, STOPPED or TRANSFERRED", example = "ACTIVE")
          @QueryParam("status")
          String status,
      @Parameter(description = "French full-text search, accents ignored", example = "ecopole")
          @QueryParam("q")
          String q,
      @Parameter(description = "-createdAt (newest first, the default) or title")
          @QueryParam("sort")
          String sort) {
    PageRequest request = PageRequest.parse(page, size);
    List<FieldError> errors = new ArrayList<>();
    Fields.knownKey(taxonomy, TaxonomyScheme.THEMES, theme, "theme", errors);
    ProjectStage wantedStage =
        stage == null || stage.isBlank()
            ? null
            : ProjectAssembler.stage("stage", stage, errors, taxonomy);
    ProjectStatus wantedStatus = Fields.enumValue("status", ProjectStatus.class, status, errors);
    boolean byTitle = false;
    if (sort != null && !sort.isBlank() && !sort.strip().equals("-createdAt")) {
      if (sort.strip().equals("title")) {
        byTitle = true;
      } else {
        Fields.reject(errors, "sort", "must be -createdAt (newest first) or title");
      }
    }
    if (!errors.isEmpty()) {
      throw ProjectAssembler.invalid(errors);
    }
    return PageDocument.of(
        projects.list(
            team(),
            Optional.ofNullable(theme).filter(s -> !s.isBlank()).map(String::strip),
            Optional.ofNullable(wantedStage),
            Optional.ofNullable(wantedStatus),
            QueryParams.text("q", q, 200),
            byTitle,
            request),
        ProjectAssembler::toDocument);
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One project")
  @APIResponse(responseCode = "200", description = "The project; its ETag is its version")
  @APIResponse(responseCode = "404", description = "No such project (or not public)")
  public Response get(@PathParam("id") long id) {
    ProjectView view = projects.get(id, team());
    return Response.ok(
            ProjectAssembler.toDocument(
                view,
                collectives.summary(id, team()).map(CollectiveSummaryDocument::of).orElse(null)))
        .tag(Versions.etag(view.version()))
        .build();
  }

  @GET
  @Path("{id}/similar")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Similar projects across the network",
      description =
          "The projects of this territory and of followed territories most like this one, best"
              + " first: shared key words (tf-idf vectors of their texts), themes, support modes"
              + " and défi, with an explanation for each. Anonymous callers get public, indexable"
              + " projects only; signed-in members also the network's.")
  @APIResponse(
      responseCode = "200",
      description = "The suggestions, best first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Épiceries", value = SimilarDocument.EXAMPLE)))
  @APIResponse(responseCode = "400", description = "limit not an integer from 1 to 50")
  @APIResponse(responseCode = "404", description = "No such project (or not public)")
  public SimilarDocument.ListDocument similar(
      @Parameter(description = "The project's id", example = "7") @PathParam("id") long id,
      @Parameter(description = "Suggestions wanted, 1 to 50 (10 by default)", example = "10")
          @QueryParam("limit")
          String limit) {
    return SimilarDocument.list(
        similar.similarToProject(id, team(), security.getUserPrincipal() != null, limit), taxonomy);
  }

  @POST
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "Create a project, ACTIVE, at any stage (editors, administrators)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "Itération vers ARCHIBON", value = ARCHIBON),
                @ExampleObject(name = "Écopôles alimentaires", value = ECOPOLES)
              }))
  @APIResponse(responseCode = "201", description = "Created; Location and ETag name it")
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON, invalid fields, unknown taxonomy key or organisation")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  public Response create(ProjectDocument document, @Context UriInfo uri) {
    List<FieldError> errors = new ArrayList<>(InputValidation.violations(validator, document));
    ProjectStage stage = ProjectAssembler.stage(document, errors, taxonomy);
    ProjectDescription description = ProjectAssembler.collect(document, errors, taxonomy);
    if (description == null || stage == null || !errors.isEmpty()) {
      throw ProjectAssembler.invalid(errors);
    }
    ProjectView view = projects.create(description, stage);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(ProjectAssembler.toDocument(view))
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
      summary = "Replace a project's description (editors, administrators)",
      description = "stage and status are read-only here: see POST …/stage and …/status.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Itération vers ARCHIBON", value = ARCHIBON)))
  @APIResponse(responseCode = "200", description = "The stored project")
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such project")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @PathParam("id") long id,
      @Parameter(description = "The version edited, as returned in the ETag")
          @HeaderParam("If-Match")
          String ifMatch,
      ProjectDocument document) {
    ProjectDescription description =
        ProjectAssembler.toDescription(
            document, InputValidation.violations(validator, document), taxonomy);
    return ok(projects.describe(id, description, Versions.expected(ifMatch)));
  }

  @POST
  @Path("{id}/stage")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "Move a project to another stage",
      description =
          "Forward only (stages may be skipped) for editors; administrators may also move a"
              + " project back, to correct a mistake.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Launched", value = "{\"to\":\"launched\"}")))
  @APIResponse(responseCode = "200", description = "The project at its new stage")
  @APIResponse(responseCode = "400", description = "Unknown stage key")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such project")
  @APIResponse(
      responseCode = "409",
      description = "Backward (editors) or same stage (urn:essaim:problem:illegal-transition)")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response stage(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, MoveDocument document) {
    InputValidation.requireValid(validator, document);
    List<FieldError> errors = new ArrayList<>();
    ProjectStage target = ProjectAssembler.stage("to", document.to(), errors, taxonomy);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return ok(
        projects.moveToStage(
            id, target, security.isUserInRole(Role.ADMIN_NAME), Versions.expected(ifMatch)));
  }

  @POST
  @Path("{id}/status")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "Change a project's status",
      description = "ACTIVE ⇄ PAUSED; ACTIVE or PAUSED → STOPPED or TRANSFERRED, which are final.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Pause", value = "{\"to\":\"PAUSED\"}")))
  @APIResponse(responseCode = "200", description = "The project with its new status")
  @APIResponse(responseCode = "400", description = "Unknown status")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such project")
  @APIResponse(responseCode = "409", description = "Not allowed from the current status")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response status(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, MoveDocument document) {
    InputValidation.requireValid(validator, document);
    ProjectStatus target =
        QueryParams.enumValue("to", ProjectStatus.class, document.to()).orElseThrow();
    return ok(projects.moveToStatus(id, target, Versions.expected(ifMatch)));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "Delete a project (editors, administrators)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such project")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    projects.delete(id, Versions.expected(ifMatch));
    return Response.noContent().build();
  }

  private boolean team() {
    return security.isUserInRole(Role.EDITOR_NAME) || security.isUserInRole(Role.ADMIN_NAME);
  }

  private static Response ok(ProjectView view) {
    return Response.ok(ProjectAssembler.toDocument(view))
        .tag(Versions.etag(view.version()))
        .build();
  }
}
