// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.collective;

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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.essaim.node.application.AccompanimentService;
import org.essaim.node.application.AccompanimentView;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.PageRequest;
import org.essaim.node.domain.model.accompaniment.AccompanimentOutcome;
import org.essaim.node.domain.model.accompaniment.AccompanimentPlan;
import org.essaim.node.domain.model.accompaniment.Milestone;
import org.essaim.node.domain.model.accompaniment.MilestoneKind;
import org.essaim.node.domain.model.accompaniment.ProgrammeFormat;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.interfaces.rest.Fields;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;

@Path("projects/{projectId}/accompaniments")
@RequestScoped
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(
    name = "Accompaniments",
    description =
        "How a project is accompanied: programme, provider, milestones, outcome. PRIVATE: team"
            + " only, never federated (only outcome counts may be, later).")
public class AccompanimentResource {

  static final String IDEATEUR =
      "{\"programmeName\":\"Idéateur TAg35\",\"format\":\"PREINCUBATION\","
          + "\"providerOrganizationId\":4,\"startDate\":\"2024-11-07\",\"endDate\":\"2025-06-30\","
          + "\"milestones\":[{\"kind\":\"ROADMAP\",\"dueOn\":\"2025-01-31\","
          + "\"doneOn\":\"2025-01-28\"},{\"kind\":\"BUSINESS_MODEL\",\"dueOn\":\"2025-04-30\"},"
          + "{\"kind\":\"PITCH\",\"dueOn\":\"2025-06-15\"}],\"outcome\":\"CONTINUES_IN\","
          + "\"continuesIn\":\"Incubateur ID Cube\",\"notes\":\"Collectif solide ; chercher un"
          + " local.\"}";

  @Inject AccompanimentService accompaniments;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A project's accompaniments, latest start first by default")
  @APIResponse(
      responseCode = "200",
      description = "One page of accompaniments",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "One accompaniment",
                      value =
                          "{\"items\":[{\"id\":1,\"projectId\":12,\"programmeName\":\"Premiers"
                              + " pas\",\"format\":\"PREMIERS_PAS\",\"startDate\":\"2024-11-07\","
                              + "\"milestones\":[],\"version\":1}],\"page\":1,\"size\":20,"
                              + "\"totalItems\":1,\"totalPages\":1}")))
  @APIResponse(responseCode = "400", description = "Invalid page, size, filter or sort")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such project")
  public PageDocument<AccompanimentDocument> list(
      @PathParam("projectId") long projectId,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size,
      @Parameter(description = "A programme format", example = "INCUBATION") @QueryParam("format")
          String format,
      @Parameter(description = "An outcome", example = "LAUNCHED") @QueryParam("outcome")
          String outcome,
      @Parameter(description = "-startDate (the default) or startDate") @QueryParam("sort")
          String sort) {
    PageRequest request = PageRequest.parse(page, size);
    List<FieldError> errors = new ArrayList<>();
    ProgrammeFormat wantedFormat =
        Fields.enumValue("format", ProgrammeFormat.class, format, errors);
    AccompanimentOutcome wantedOutcome =
        Fields.enumValue("outcome", AccompanimentOutcome.class, outcome, errors);
    boolean newestFirst = true;
    if (sort != null && !sort.isBlank() && !sort.strip().equals("-startDate")) {
      if (sort.strip().equals("startDate")) {
        newestFirst = false;
      } else {
        Fields.reject(errors, "sort", "must be -startDate (latest first) or startDate");
      }
    }
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    return PageDocument.of(
        accompaniments.list(
            projectId,
            Optional.ofNullable(wantedFormat),
            Optional.ofNullable(wantedOutcome),
            newestFirst,
            request),
        AccompanimentResource::toDocument);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record an accompaniment of a project (editors, administrators)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Idéateur TAg35", value = IDEATEUR)))
  @APIResponse(responseCode = "201", description = "Created; Location and ETag name it")
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields, unknown format, kind or outcome, unknown provider")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such project")
  public Response create(
      @PathParam("projectId") long projectId,
      AccompanimentDocument document,
      @Context UriInfo uri) {
    AccompanimentView view = accompaniments.create(projectId, plan(document));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(toDocument(view))
        .tag(Versions.etag(view.version()))
        .build();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One accompaniment")
  @APIResponse(
      responseCode = "200",
      description = "The accompaniment; its ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Idéateur TAg35", value = IDEATEUR)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such project or accompaniment")
  public Response get(@PathParam("projectId") long projectId, @PathParam("id") long id) {
    return ok(accompaniments.get(projectId, id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace an accompaniment: milestones reached, outcome (editors, admins)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Idéateur TAg35", value = IDEATEUR)))
  @APIResponse(responseCode = "200", description = "The stored accompaniment")
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such project or accompaniment")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @PathParam("projectId") long projectId,
      @PathParam("id") long id,
      @Parameter(description = "The version edited, as returned in the ETag")
          @HeaderParam("If-Match")
          String ifMatch,
      AccompanimentDocument document) {
    return ok(accompaniments.replan(projectId, id, plan(document), Versions.expected(ifMatch)));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete an accompaniment (editors, administrators)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such project or accompaniment")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response delete(
      @PathParam("projectId") long projectId,
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch) {
    accompaniments.delete(projectId, id, Versions.expected(ifMatch));
    return Response.noContent().build();
  }

  /** The plan, or 400 with every field at fault. */
  static AccompanimentPlan plan(AccompanimentDocument d) {
    if (d == null) {
      throw new InvalidInputException(List.of(new FieldError("", "a JSON body is required")));
    }
    List<FieldError> errors = new ArrayList<>();
    ProgrammeFormat format = Fields.enumValue("format", ProgrammeFormat.class, d.format(), errors);
    AccompanimentOutcome outcome =
        Fields.enumValue("outcome", AccompanimentOutcome.class, d.outcome(), errors);
    LocalDate start = Fields.date("startDate", d.startDate(), errors);
    LocalDate end = Fields.date("endDate", d.endDate(), errors);
    List<Milestone> milestones = new ArrayList<>();
    List<MilestoneDocument> given = d.milestones() == null ? List.of() : d.milestones();
    for (int i = 0; i < given.size(); i++) {
      String field = "milestones[" + i + "]";
      MilestoneDocument m = given.get(i);
      if (m == null) {
        Fields.reject(errors, field, "must not be null");
        continue;
      }
      MilestoneKind kind = Fields.enumValue(field + ".kind", MilestoneKind.class, m.kind(), errors);
      LocalDate due = Fields.date(field + ".dueOn", m.dueOn(), errors);
      LocalDate done = Fields.date(field + ".doneOn", m.doneOn(), errors);
      milestones.add(Fields.attempt(() -> new Milestone(field, kind, due, done), errors));
    }
    if (d.programmeName() == null || d.programmeName().isBlank()) {
      Fields.reject(errors, "programmeName", "must not be blank");
    }
    if (d.format() == null || d.format().isBlank()) {
      Fields.reject(errors, "format", "must be given");
    }
    if (d.startDate() == null || d.startDate().isBlank()) {
      Fields.reject(errors, "startDate", "must be given");
    }
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    AccompanimentPlan plan =
        Fields.attempt(
            () ->
                new AccompanimentPlan(
                    d.programmeName(),
                    format,
                    d.providerOrganizationId(),
                    start,
                    end,
                    milestones,
                    outcome,
                    d.continuesIn(),
                    d.notes()),
            errors);
    if (plan == null) {
      throw invalid(errors);
    }
    return plan;
  }

  static AccompanimentDocument toDocument(AccompanimentView v) {
    AccompanimentPlan p = v.plan();
    return new AccompanimentDocument(
        v.id(),
        v.projectId(),
        p.programmeName(),
        p.format().name(),
        p.providerOrganizationId(),
        v.providerName(),
        p.startDate().toString(),
        p.endDate() == null ? null : p.endDate().toString(),
        p.milestones().stream()
            .map(
                m ->
                    new MilestoneDocument(
                        m.kind().name(),
                        m.dueOn().map(LocalDate::toString).orElse(null),
                        m.doneOn().map(LocalDate::toString).orElse(null)))
            .toList(),
        p.outcome() == null ? null : p.outcome().name(),
        p.continuesIn(),
        p.notes(),
        v.version(),
        v.createdAt(),
        v.updatedAt());
  }

  private static InvalidInputException invalid(List<FieldError> errors) {
    List<FieldError> sorted = new ArrayList<>(errors);
    sorted.sort(Comparator.comparing(FieldError::field));
    return new InvalidInputException(sorted);
  }

  private static Response ok(AccompanimentView view) {
    return Response.ok(toDocument(view)).tag(Versions.etag(view.version())).build();
  }
}
