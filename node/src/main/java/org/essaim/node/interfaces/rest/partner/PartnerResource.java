// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.partner;

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
import java.util.List;
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
import org.essaim.node.application.PartnerService;
import org.essaim.node.application.PartnerView;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.partner.PartnerTerms;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;

@Path("partners")
@RequestScoped
@Tag(
    name = "Partners",
    description =
        "The territory's partners and its circle of trusted partners (« cercle des partenaires"
            + " de confiance »). Contributions and role mailboxes are for the team only; contact"
            + " persons are never stored.")
public class PartnerResource {

  private static final String EXAMPLE =
      "{\"organizationId\":3,\"inCircle\":true,\"circleSince\":\"2023-03-15\","
          + "\"roleMailbox\":\"partenariats@example.org\",\"contributions\":["
          + "{\"kind\":\"MONEY\",\"description\":\"Soutien à la soirée d'idéation\","
          + "\"amountEur\":5000,\"year\":2024},"
          + "{\"kind\":\"PREMISES\",\"description\":\"Salle pour les ateliers\",\"year\":2024}]}";

  @Inject PartnerService partners;
  @Inject Validator validator;
  @Context SecurityContext security;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "List partners by organisation name")
  @APIResponse(responseCode = "200", description = "One page of partners")
  @APIResponse(responseCode = "400", description = "Invalid page, size or circle filter")
  public PageDocument<PartnerDocument> list(
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size,
      @Parameter(description = "Only members (true) or non-members (false) of the circle")
          @QueryParam("inCircle")
          String inCircle) {
    PageRequest request = PageRequest.parse(page, size);
    boolean team = team();
    return PageDocument.of(
        partners.list(team, bool("inCircle", inCircle), request),
        v -> PartnerAssembler.toDocument(v, team));
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One partner")
  @APIResponse(responseCode = "200", description = "The partner; its ETag is its version")
  @APIResponse(responseCode = "404", description = "No such partner (or not public)")
  public Response get(@PathParam("id") long id) {
    return ok(partners.get(id, team()));
  }

  @POST
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "Make an organisation a partner (editors, administrators)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "A partner of the circle", value = EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Created; Location and ETag name it")
  @APIResponse(responseCode = "400", description = "Invalid fields or unknown organisation")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "409", description = "The organisation is already a partner")
  public Response create(PartnerDocument document, @Context UriInfo uri) {
    PartnerView view = partners.create(terms(document));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(PartnerAssembler.toDocument(view, true))
        .tag(Versions.etag(view.version()))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "Replace a partner's terms (editors, administrators)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "A partner of the circle", value = EXAMPLE)))
  @APIResponse(responseCode = "200", description = "The stored partner")
  @APIResponse(responseCode = "400", description = "Invalid fields or unknown organisation")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such partner")
  @APIResponse(responseCode = "409", description = "The organisation is already another partner")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @PathParam("id") long id,
      @Parameter(description = "The version edited, as returned in the ETag")
          @HeaderParam("If-Match")
          String ifMatch,
      PartnerDocument document) {
    return ok(partners.describe(id, terms(document), Versions.expected(ifMatch)));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "End a partnership (the organisation stays in the directory)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such partner")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    partners.delete(id, Versions.expected(ifMatch));
    return Response.noContent().build();
  }

  private PartnerTerms terms(PartnerDocument document) {
    return PartnerAssembler.toTerms(document, InputValidation.violations(validator, document));
  }

  private boolean team() {
    return security.isUserInRole(Role.EDITOR_NAME) || security.isUserInRole(Role.ADMIN_NAME);
  }

  private Response ok(PartnerView view) {
    return Response.ok(PartnerAssembler.toDocument(view, team()))
        .tag(Versions.etag(view.version()))
        .build();
  }

  private static Boolean bool(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    switch (value.strip()) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      default:
        throw new InvalidInputException(List.of(new FieldError(name, "must be true or false")));
    }
  }
}
