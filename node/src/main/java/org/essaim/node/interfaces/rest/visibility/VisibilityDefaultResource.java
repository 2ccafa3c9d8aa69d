// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.visibility;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
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
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.VisibilityDefaultService;
import org.essaim.node.application.VisibilityDefaultView;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.interfaces.rest.Fields;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;

@Path("visibility-defaults")
@RequestScoped
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(
    name = "Visibility defaults",
    description =
        "The visibility a new challenge, project, event, method sheet… gets when its author does"
            + " not choose one. The team reads them; administrators change them. Objects that"
            + " exist keep their own visibility.")
public class VisibilityDefaultResource {

  private static final String LIST_EXAMPLE =
      "[{\"kind\":\"project\",\"visibility\":\"NODE_PUBLIC\",\"builtInDefault\":\"NODE_PUBLIC\","
          + "\"version\":0},{\"kind\":\"method-sheet\",\"visibility\":\"PUBLIC\","
          + "\"builtInDefault\":\"NETWORK\",\"chosenBy\":\"admin\","
          + "\"chosenAt\":\"2026-11-23T09:00:00Z\",\"version\":1}]";

  @Inject VisibilityDefaultService defaults;
  @Context SecurityContext security;

  @GET
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The default visibility of every kind of object (editors, administrators)")
  @APIResponse(
      responseCode = "200",
      description = "One entry per kind",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "defaults", value = LIST_EXAMPLE)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  public List<VisibilityDefaultDocument> list() {
    return defaults.list().stream().map(VisibilityDefaultDocument::of).toList();
  }

  @GET
  @Path("{kind}")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The default visibility of one kind of object; its ETag is its version")
  @APIResponse(responseCode = "200", description = "The default")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the editor or admin role")
  @APIResponse(responseCode = "404", description = "No such kind of object")
  public Response get(
      @Parameter(description = "Kind of object", example = "method-sheet") @PathParam("kind")
          String kind) {
    return ok(defaults.get(kind(kind)));
  }

  @PUT
  @Path("{kind}")
  @RolesAllowed(Role.ADMIN_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Choose the default visibility of new objects of one kind (administrators)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "Method sheets public by default",
                      value = "{\"visibility\":\"PUBLIC\"}")))
  @APIResponse(responseCode = "200", description = "The stored default")
  @APIResponse(responseCode = "400", description = "Malformed JSON or unknown visibility")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such kind of object")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @Parameter(description = "Kind of object", example = "method-sheet") @PathParam("kind")
          String kind,
      @Parameter(description = "The version edited, as returned in the ETag (0: built-in)")
          @HeaderParam("If-Match")
          String ifMatch,
      VisibilityChoiceDocument document) {
    ShareableKind shareable = kind(kind);
    List<FieldError> errors = new ArrayList<>();
    Visibility visibility =
        document == null
            ? null
            : Fields.enumValue("visibility", Visibility.class, document.visibility(), errors);
    if (visibility == null && errors.isEmpty()) {
      Fields.reject(errors, "visibility", "must be PRIVATE, NODE_PUBLIC, NETWORK or PUBLIC");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return ok(
        defaults.choose(
            shareable,
            visibility,
            security.getUserPrincipal().getName(),
            Versions.expected(ifMatch)));
  }

  private static ShareableKind kind(String name) {
    return ShareableKind.byName(name)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "no kind of object named '"
                        + name
                        + "'; the kinds are "
                        + java.util.Arrays.stream(ShareableKind.values())
                            .map(VisibilityDefaultDocument::pathName)
                            .toList()));
  }

  private static Response ok(VisibilityDefaultView view) {
    return Response.ok(VisibilityDefaultDocument.of(view))
        .tag(Versions.etag(view.version()))
        .build();
  }
}
