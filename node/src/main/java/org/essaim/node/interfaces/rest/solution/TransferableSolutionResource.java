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
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.TransferableSolutionService;
import org.essaim.node.application.TransferableSolutionView;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.solution.SolutionStatus;
import org.essaim.node.domain.model.solution.TransferMode;
import org.essaim.node.domain.model.solution.TransferableSolutionDescription;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.interfaces.rest.Fields;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;

@Path("transferable-solutions")
@RequestScoped
@Tag(
    name = "Transferable solutions",
    description =
        "Solutions essaimables derived from the territory's projects, offered to other"
            + " territories: model, prerequisites, « facteurs clés de succès », « points"
            + " d'attention », transfer mode, costs, contact organisation. The public reads"
            + " PUBLISHED ones whose visibility is NODE_PUBLIC or PUBLIC; NETWORK (the default)"
            + " and PRIVATE ones, drafts and withdrawn ones are for the team.")
public class TransferableSolutionResource {

  static final String LANCE_TOI =
      "{\"projectId\":7,\"title\":\"Lance-toi ! — un cycle court pour les porteurs de projet au"
          + " stade de l'idée\",\"problemAddressed\":\"Aucun accompagnement à l'entrepreneuriat"
          + " ESS sur un territoire rural ; porteurs isolés.\",\"themes\":[\"employment-inclusion\","
          + "\"local-economy\"],\"model\":\"Binôme d'un incubateur régional (ingénierie du cycle)"
          + " et d'une structure locale (ancrage, connaissance des besoins).\","
          + "\"prerequisites\":\"Une structure locale ancrée ; une offre d'incubation vers"
          + " laquelle orienter ensuite.\",\"keySuccessFactors\":[\"Le format court, itinérant"
          + " et expérimental\",\"La pédagogie adaptée : codéveloppement, témoignages\","
          + "\"La complémentarité des deux structures\"],\"watchPoints\":[\"Le distanciel freine"
          + " les interactions\",\"Anticiper la communication avec les prescripteurs\"],"
          + "\"transferMode\":\"ACCOMPANIED_TRANSFER\",\"costs\":{\"minEur\":10000,"
          + "\"maxEur\":12000,\"note\":\"par cycle\"},\"contactOrganizationId\":3,"
          + "\"visibility\":\"NETWORK\"}";

  static final String KIT =
      "{\"projectId\":9,\"problemAddressed\":\"Des habitants veulent entreprendre sans savoir"
          + " par où commencer.\",\"themes\":[\"local-economy\"],\"transferMode\":\"NETWORK_KIT\","
          + "\"contactOrganizationId\":4,\"visibility\":\"PUBLIC\"}";

  @Inject TransferableSolutionService solutions;
  @Inject Taxonomy taxonomy;
  @Inject Validator validator;
  @Context SecurityContext security;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "List transferable solutions, newest first or by title",
      description =
          "The public sees PUBLISHED solutions that are NODE_PUBLIC or PUBLIC; the team sees them"
              + " all.")
  @APIResponse(
      responseCode = "200",
      description = "One page of transferable solutions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "One page",
                      value =
                          "{\"items\":[{\"id\":1,\"projectId\":9,\"title\":\"Kit premiers pas\","
                              + "\"themes\":[\"local-economy\"],\"transferMode\":\"NETWORK_KIT\","
                              + "\"contactOrganizationId\":4,\"status\":\"PUBLISHED\","
                              + "\"visibility\":\"PUBLIC\",\"version\":2}],\"page\":1,"
                              + "\"size\":20,\"totalItems\":1,\"totalPages\":1}")))
  @APIResponse(responseCode = "400", description = "Invalid page, size, filter or sort")
  public PageDocument<TransferableSolutionDocument> list(
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size,
      @Parameter(description = "A themes key; narrower themes match too", example = "food")
          @QueryParam("theme")
          String theme,
      @Parameter(
              description = "OPEN_METHOD, ACCOMPANIED_TRANSFER, ANTENNA, FRANCHISE or NETWORK_KIT",
              example = "ANTENNA")
          @QueryParam("transferMode")
          String transferMode,
      @Parameter(description = "DRAFT, PUBLISHED or WITHDRAWN", example = "PUBLISHED")
          @QueryParam("status")
          String status,
      @Parameter(description = "Only the solution derived from this project", example = "7")
          @QueryParam("projectId")
          String projectId,
      @Parameter(description = "French full-text search, accents ignored", example = "incubateur")
          @QueryParam("q")
          String q,
      @Parameter(description = "-createdAt (newest first, the default) or title")
          @QueryParam("sort")
          String sort) {
    PageRequest request = PageRequest.parse(page, size);
    List<FieldError> errors = new ArrayList<>();
    Fields.knownKey(taxonomy, TaxonomyScheme.THEMES, theme, "theme", errors);
    TransferMode mode = Fields.enumValue("transferMode", TransferMode.class, transferMode, errors);
    SolutionStatus wanted = Fields.enumValue("status", SolutionStatus.class, status, errors);
    Long project = null;
    if (projectId != null && !projectId.isBlank()) {
      try {
        project = Long.valueOf(projectId.strip());
      } catch (NumberFormatException e) {
        Fields.reject(errors, "projectId", "must be a whole number");
      }
    }
    boolean byTitle = false;
    if (sort != null && !sort.isBlank() && !sort.strip().equals("-createdAt")) {
      if (sort.strip().equals("title")) {
        byTitle = true;
      } else {
        Fields.reject(errors, "sort", "must be -createdAt (newest first) or title");
      }
    }
    if (!errors.isEmpty()) {
      throw TransferableSolutionAssembler.invalid(errors);
    }
    return PageDocument.of(
        solutions.list(
            team(),
            Optional.ofNullable(theme).filter(s -> !s.isBlank()).map(String::strip),
            Optional.ofNullable(mode),
            Optional.ofNullable(wanted),
            Optional.ofNullable(project),
            QueryParams.text("q", q, 200),
            byTitle,
            request),
        TransferableSolutionAssembler::toDocument);
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One transferable solution")
  @APIResponse(
      responseCode = "200",
      description = "The solution; its ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Lance-toi !", value = LANCE_TOI)))
  @APIResponse(responseCode = "404", description = "No such solution (or not public)")
  public Response get(@PathParam("id") long id) {
    return ok(solutions.get(id, team()));
  }

  @POST
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "Derive a transferable solution from a project, as a DRAFT (editors, admins)",
      description =
          "At most one solution per project. The title defaults to the project's; the visibility"
              + " to NETWORK.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "Lance-toi ! (accompanied transfer)", value = LANCE_TOI),
                @ExampleObject(name = "A network kit, title from the project", value = KIT)
              }))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag name it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Lance-toi !", value = LANCE_TOI)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON, invalid fields, unknown theme key, project or contact organisation")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(
      responseCode = "409",
      description = "A transferable solution already derives from this project")
  public Response create(TransferableSolutionDocument document, @Context UriInfo uri) {
    List<FieldError> errors = new ArrayList<>(InputValidation.violations(validator, document));
    if (document.projectId() == null) {
      Fields.reject(errors, "projectId", "must be the id of the source project");
    }
    TransferableSolutionDescription description =
        TransferableSolutionAssembler.toDescription(document, errors, taxonomy);
    TransferableSolutionView view = solutions.create(document.projectId(), description);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(TransferableSolutionAssembler.toDocument(view))
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
      summary = "Replace a transferable solution's description (editors, administrators)",
      description =
          "projectId and status are read-only here; a blank title is taken from the project"
              + " again.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Lance-toi !", value = LANCE_TOI)))
  @APIResponse(responseCode = "200", description = "The stored solution")
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such solution")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @PathParam("id") long id,
      @Parameter(description = "The version edited, as returned in the ETag")
          @HeaderParam("If-Match")
          String ifMatch,
      TransferableSolutionDocument document) {
    TransferableSolutionDescription description =
        TransferableSolutionAssembler.toDescription(
            document, InputValidation.violations(validator, document), taxonomy);
    return ok(solutions.describe(id, description, Versions.expected(ifMatch)));
  }

  @POST
  @Path("{id}/transitions")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "Publish or withdraw a transferable solution (editors, administrators)",
      description = "DRAFT → PUBLISHED → WITHDRAWN → PUBLISHED again.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "Publish", value = "{\"to\":\"PUBLISHED\"}"),
                @ExampleObject(name = "Withdraw", value = "{\"to\":\"WITHDRAWN\"}")
              }))
  @APIResponse(responseCode = "200", description = "The solution with its new status")
  @APIResponse(responseCode = "400", description = "Unknown status")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such solution")
  @APIResponse(
      responseCode = "409",
      description = "Not allowed from the current status (urn:essaim:problem:illegal-transition)")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response transition(
      @PathParam("id") long id,
      @Parameter(description = "The version seen, as returned in the ETag (optional)")
          @HeaderParam("If-Match")
          String ifMatch,
      TransitionDocument document) {
    InputValidation.requireValid(validator, document);
    SolutionStatus target =
        QueryParams.enumValue("to", SolutionStatus.class, document.to()).orElseThrow();
    return ok(solutions.moveTo(id, target, Versions.expected(ifMatch)));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "Delete a transferable solution (editors, administrators)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such solution")
  @APIResponse(
      responseCode = "409",
      description = "Replications are recorded: withdraw the solution instead")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    solutions.delete(id, Versions.expected(ifMatch));
    return Response.noContent().build();
  }

  private boolean team() {
    return security.isUserInRole(Role.EDITOR_NAME) || security.isUserInRole(Role.ADMIN_NAME);
  }

  private static Response ok(TransferableSolutionView view) {
    return Response.ok(TransferableSolutionAssembler.toDocument(view))
        .tag(Versions.etag(view.version()))
        .build();
  }
}
