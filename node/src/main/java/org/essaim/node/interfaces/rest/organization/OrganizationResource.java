// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.organization;

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
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.OrganizationService;
import org.essaim.node.application.OrganizationView;
import org.essaim.node.application.PageRequest;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.organization.OrganizationProfile;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.interfaces.rest.Fields;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;

@Path("organizations")
@RequestScoped
@Tag(
    name = "Organizations",
    description =
        "The directory of organisations (« structures »). The public reads PUBLIC and NODE_PUBLIC"
            + " ones; editors and administrators write.")
public class OrganizationResource {

  private static final String EXAMPLE =
      "{\"name\":\"Les Ateliers des Hauts\",\"legalForm\":\"association-1901\","
          + "\"roles\":[\"siae\"],\"foundedYear\":2017,"
          + "\"presentation\":\"Association créée en avril 2017 ; son restaurant « Léo à Table »"
          + " est entreprise d'insertion.\",\"address\":{\"city\":\"Rouen\","
          + "\"postalCode\":\"76000\"},\"siren\":\"823456789\",\"visibility\":\"PUBLIC\"}";

  @Inject OrganizationService organizations;
  @Inject Taxonomy taxonomy;
  @Inject Validator validator;
  @Context SecurityContext security;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "List organisations by name, with filters")
  @APIResponse(responseCode = "200", description = "One page of organisations")
  @APIResponse(responseCode = "400", description = "Invalid page, size or filter")
  public PageDocument<OrganizationDocument> list(
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size,
      @Parameter(description = "French full-text search, accents ignored", example = "insertion")
          @QueryParam("q")
          String q,
      @Parameter(description = "A legal-forms key", example = "association-1901")
          @QueryParam("legalForm")
          String legalForm,
      @Parameter(description = "A structure-roles key", example = "siae") @QueryParam("role")
          String role) {
    PageRequest request = PageRequest.parse(page, size);
    List<FieldError> errors = new ArrayList<>();
    Fields.knownKey(taxonomy, TaxonomyScheme.LEGAL_FORMS, legalForm, "legalForm", errors);
    Fields.knownKey(taxonomy, TaxonomyScheme.STRUCTURE_ROLES, role, "role", errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return PageDocument.of(
        organizations.list(
            team(),
            QueryParams.text("q", q, 200),
            Optional.ofNullable(legalForm).filter(s -> !s.isBlank()).map(String::strip),
            Optional.ofNullable(role).filter(s -> !s.isBlank()).map(String::strip),
            request),
        OrganizationAssembler::toDocument);
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One organisation")
  @APIResponse(responseCode = "200", description = "The organisation; its ETag is its version")
  @APIResponse(responseCode = "404", description = "No such organisation (or not public)")
  public Response get(@PathParam("id") long id) {
    return ok(organizations.get(id, team()));
  }

  @POST
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "Add an organisation to the directory (editors, administrators)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Les Ateliers des Hauts", value = EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Created; Location and ETag name it")
  @APIResponse(responseCode = "400", description = "Malformed JSON, invalid fields, unknown key")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "409", description = "Another organisation has this SIREN")
  public Response create(OrganizationDocument document, @Context UriInfo uri) {
    OrganizationView view = organizations.create(profile(document));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(OrganizationAssembler.toDocument(view))
        .tag(Versions.etag(view.version()))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "Replace an organisation's profile (editors, administrators)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Les Ateliers des Hauts", value = EXAMPLE)))
  @APIResponse(responseCode = "200", description = "The stored organisation")
  @APIResponse(responseCode = "400", description = "Malformed JSON, invalid fields, unknown key")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such organisation")
  @APIResponse(responseCode = "409", description = "Another organisation has this SIREN")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @PathParam("id") long id,
      @Parameter(description = "The version edited, as returned in the ETag")
          @HeaderParam("If-Match")
          String ifMatch,
      OrganizationDocument document) {
    return ok(organizations.describe(id, profile(document), Versions.expected(ifMatch)));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "Remove an organisation no partner or project refers to")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such organisation")
  @APIResponse(responseCode = "409", description = "A partner or a project refers to it")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    organizations.delete(id, Versions.expected(ifMatch));
    return Response.noContent().build();
  }

  private OrganizationProfile profile(OrganizationDocument document) {
    return OrganizationAssembler.toProfile(
        document, InputValidation.violations(validator, document), taxonomy);
  }

  private boolean team() {
    return security.isUserInRole(Role.EDITOR_NAME) || security.isUserInRole(Role.ADMIN_NAME);
  }

  private static Response ok(OrganizationView view) {
    return Response.ok(OrganizationAssembler.toDocument(view))
        .tag(Versions.etag(view.version()))
        .build();
  }
}
