// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.collective;

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
import org.essaim.node.application.CollectiveService;
import org.essaim.node.application.CollectiveView;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.MemberView;
import org.essaim.node.application.PageRequest;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.collective.CollectiveStatus;
import org.essaim.node.domain.model.collective.Governance;
import org.essaim.node.domain.model.collective.MemberRole;
import org.essaim.node.interfaces.rest.Fields;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;

@Path("projects/{projectId}/collective")
@RequestScoped
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(
    name = "Project collectives",
    description =
        "The collective that carries a project and its members. Team only: members are people"
            + " (personal data, never federated). The public project page shows only the member"
            + " count and the public member organisations.")
public class CollectiveResource {

  static final String COLLECTIVE = "{\"governance\":\"ASSOCIATION\"}";
  static final String PERSON =
      "{\"displayName\":\"Camille D.\",\"email\":\"camille@example.org\","
          + "\"phone\":\"06 12 34 56 78\",\"contactConsent\":true,\"role\":\"PORTEUR\","
          + "\"joinedOn\":\"2024-11-07\"}";
  static final String ORGANISATION =
      "{\"organizationId\":1,\"role\":\"PARTENAIRE\",\"joinedOn\":\"2024-11-07\"}";
  static final String MEMBER_RESPONSE =
      "{\"id\":3,\"displayName\":\"Camille D.\",\"email\":\"camille@example.org\","
          + "\"phone\":\"06 12 34 56 78\",\"role\":\"PORTEUR\",\"joinedOn\":\"2024-11-07\"}";

  @Inject CollectiveService collectives;
  @Inject Validator validator;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A project's collective (editors, administrators)")
  @APIResponse(
      responseCode = "200",
      description = "The collective; its ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "Forming",
                      value =
                          "{\"id\":1,\"projectId\":12,\"governance\":\"ASSOCIATION\","
                              + "\"status\":\"FORMING\",\"memberCount\":3,\"version\":1}")))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such project, or it has no collective")
  public Response get(@PathParam("projectId") long projectId) {
    return ok(collectives.get(projectId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Give a project its collective, FORMING (editors, administrators)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "An association", value = COLLECTIVE)))
  @APIResponse(responseCode = "201", description = "Created; Location and ETag name it")
  @APIResponse(responseCode = "400", description = "Missing or unknown governance")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such project")
  @APIResponse(responseCode = "409", description = "The project already has a collective")
  public Response create(
      @PathParam("projectId") long projectId, CollectiveDocument document, @Context UriInfo uri) {
    CollectiveView view = collectives.create(projectId, governance(validator, document));
    return Response.created(uri.getAbsolutePath())
        .entity(toDocument(view))
        .tag(Versions.etag(view.version()))
        .build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a collective's governance (editors, administrators)",
      description = "status is read-only here: see POST …/collective/status.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "SCIC colleges",
                      value = "{\"governance\":\"SCIC_COLLEGES\"}")))
  @APIResponse(responseCode = "200", description = "The stored collective")
  @APIResponse(responseCode = "400", description = "Missing or unknown governance")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such project or collective")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @PathParam("projectId") long projectId,
      @Parameter(description = "The version edited, as returned in the ETag")
          @HeaderParam("If-Match")
          String ifMatch,
      CollectiveDocument document) {
    return ok(
        collectives.govern(projectId, governance(validator, document), Versions.expected(ifMatch)));
  }

  @POST
  @Path("status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move a collective along FORMING → ACTIVE → STRUCTURED → DISSOLVED",
      description = "Any status but DISSOLVED may also go straight to DISSOLVED.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Active", value = "{\"to\":\"ACTIVE\"}")))
  @APIResponse(responseCode = "200", description = "The collective with its new status")
  @APIResponse(responseCode = "400", description = "Unknown status")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such project or collective")
  @APIResponse(
      responseCode = "409",
      description = "Not allowed from the current status (urn:essaim:problem:illegal-transition)")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response status(
      @PathParam("projectId") long projectId,
      @HeaderParam("If-Match") String ifMatch,
      TransitionDocument document) {
    InputValidation.requireValid(validator, document);
    CollectiveStatus target =
        QueryParams.enumValue("to", CollectiveStatus.class, document.to()).orElseThrow();
    return ok(collectives.moveTo(projectId, target, Versions.expected(ifMatch)));
  }

  @GET
  @Path("members")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The members of a collective, by joining date or by name")
  @APIResponse(
      responseCode = "200",
      description = "One page of members",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "One person",
                      value =
                          "{\"items\":["
                              + MEMBER_RESPONSE
                              + "],\"page\":1,\"size\":20,\"totalItems\":1,\"totalPages\":1}")))
  @APIResponse(responseCode = "400", description = "Invalid page, size, role or sort")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such project or collective")
  public PageDocument<MemberDocument> members(
      @PathParam("projectId") long projectId,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size,
      @Parameter(description = "PORTEUR, CO_PORTEUR, BENEVOLE, PARTENAIRE or HABITANT")
          @QueryParam("role")
          String role,
      @Parameter(description = "joinedOn (the default) or displayName") @QueryParam("sort")
          String sort) {
    PageRequest request = PageRequest.parse(page, size);
    List<FieldError> errors = new ArrayList<>();
    MemberRole wanted = Fields.enumValue("role", MemberRole.class, role, errors);
    boolean byName = false;
    if (sort != null && !sort.isBlank() && !sort.strip().equals("joinedOn")) {
      if (sort.strip().equals("displayName")) {
        byName = true;
      } else {
        Fields.reject(errors, "sort", "must be joinedOn or displayName");
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return PageDocument.of(
        collectives.members(projectId, Optional.ofNullable(wanted), byName, request),
        CollectiveResource::toDocument);
  }

  @POST
  @Path("members")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a person or an organisation to a collective",
      description =
          "A person's email or phone is kept only with contactConsent: true, recorded as a consent"
              + " record (purpose COLLECTIVE_CONTACT).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "A person, with consent", value = PERSON),
                @ExampleObject(name = "An organisation", value = ORGANISATION)
              }))
  @APIResponse(
      responseCode = "201",
      description = "Added; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "A person", value = MEMBER_RESPONSE)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields, contact without consent, unknown organisation")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such project or collective")
  @APIResponse(responseCode = "409", description = "The collective is DISSOLVED")
  public Response addMember(
      @PathParam("projectId") long projectId, MemberDocument document, @Context UriInfo uri) {
    Membership membership = membership(validator, document);
    MemberView view =
        collectives.addMember(
            projectId,
            document.organizationId(),
            document.displayName(),
            document.email(),
            document.phone(),
            Boolean.TRUE.equals(document.contactConsent()),
            membership.role(),
            membership.joinedOn());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(toDocument(view))
        .build();
  }

  @GET
  @Path("members/{memberId}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One member of a collective")
  @APIResponse(responseCode = "200", description = "The member")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such project, collective or member")
  public MemberDocument member(
      @PathParam("projectId") long projectId, @PathParam("memberId") long memberId) {
    return toDocument(collectives.member(projectId, memberId));
  }

  @DELETE
  @Path("members/{memberId}")
  @Operation(
      summary = "Remove a member",
      description =
          "The member's name and contact details are deleted; the consent given with the"
              + " membership is marked withdrawn.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such project, collective or member")
  public Response removeMember(
      @PathParam("projectId") long projectId, @PathParam("memberId") long memberId) {
    collectives.removeMember(projectId, memberId);
    return Response.noContent().build();
  }

  /** A member's role and date, converted from a request. */
  record Membership(MemberRole role, LocalDate joinedOn) {}

  /** Converts a member request, or 400 with every field at fault (shared with the demo step). */
  static Membership membership(Validator validator, MemberDocument document) {
    InputValidation.requireValid(validator, document);
    List<FieldError> errors = new ArrayList<>();
    MemberRole role = Fields.enumValue("role", MemberRole.class, document.role(), errors);
    if (role == null) {
      Fields.reject(errors, "role", "must be one of " + List.of(MemberRole.values()));
    }
    LocalDate joinedOn = Fields.date("joinedOn", document.joinedOn(), errors);
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(FieldError::field));
      throw new InvalidInputException(errors);
    }
    return new Membership(role, joinedOn);
  }

  /** Converts a collective request, or 400 (shared with the demo step). */
  static Governance governance(Validator validator, CollectiveDocument document) {
    List<FieldError> errors = new ArrayList<>(InputValidation.violations(validator, document));
    Governance governance =
        Fields.enumValue("governance", Governance.class, document.governance(), errors);
    if (!errors.isEmpty() || governance == null) {
      throw new InvalidInputException(errors);
    }
    return governance;
  }

  static CollectiveDocument toDocument(CollectiveView v) {
    return new CollectiveDocument(
        v.id(),
        v.projectId(),
        v.governance().name(),
        v.status().name(),
        v.memberCount(),
        v.version(),
        v.createdAt(),
        v.updatedAt());
  }

  static MemberDocument toDocument(MemberView v) {
    return new MemberDocument(
        v.id(),
        v.organizationId(),
        v.organizationName(),
        v.displayName(),
        v.email(),
        v.phone(),
        null,
        v.role().name(),
        v.joinedOn().toString());
  }

  private static Response ok(CollectiveView view) {
    return Response.ok(toDocument(view)).tag(Versions.etag(view.version())).build();
  }
}
