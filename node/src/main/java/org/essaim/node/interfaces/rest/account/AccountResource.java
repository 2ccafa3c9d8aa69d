// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.AccountService;
import org.essaim.node.application.AccountView;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;

@Path("accounts")
@RequestScoped
@Tag(name = "Accounts", description = "People who sign in to the node")
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
public class AccountResource {

  private static final String ACCOUNT_EXAMPLE =
      "{\"username\":\"animation\",\"roles\":[\"editor\"],"
          + "\"createdAt\":\"2026-11-23T09:02:00Z\",\"enabled\":true}";

  @Inject AccountService accounts;
  @Inject Validator validator;

  @GET
  @RolesAllowed(Role.ADMIN_NAME)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every account (administrators)")
  public List<AccountDocument> list() {
    return accounts.list().stream().map(AccountDocument::of).toList();
  }

  @GET
  @Path("me")
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The signed-in account")
  public AccountDocument me(@Context SecurityContext security) {
    return find(security.getUserPrincipal().getName());
  }

  @GET
  @Path("{username}")
  @RolesAllowed(Role.ADMIN_NAME)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One account (administrators)")
  @APIResponse(
      responseCode = "200",
      description = "The account; its ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "An editor", value = ACCOUNT_EXAMPLE)))
  @APIResponse(responseCode = "404", description = "No such account")
  public Response get(
      @Parameter(description = "The account's username", example = "animation")
          @PathParam("username")
          String username) {
    return accounts.find(username).map(AccountResource::ok).orElseThrow(NotFoundException::new);
  }

  @PATCH
  @Path("{username}")
  @RolesAllowed(Role.ADMIN_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change an account's roles or disable it (administrators)",
      description =
          "Absent fields are kept. A disabled account cannot sign in and its open web sessions"
              + " end at their next request. An administrator cannot remove their own admin role"
              + " or disable themself, and the last enabled administrator stays one (409).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(
                    name = "Make an editor administrator",
                    value = "{\"roles\":[\"admin\",\"editor\"]}"),
                @ExampleObject(name = "Disable an account", value = "{\"enabled\":false}")
              }))
  @APIResponse(
      responseCode = "200",
      description = "The changed account; its ETag is its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "An editor", value = ACCOUNT_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON, unknown role or nothing to change")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such account")
  @APIResponse(
      responseCode = "409",
      description =
          "The change would remove the caller's own admin rights or the last enabled administrator")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response change(
      @Parameter(description = "The account's username", example = "animation")
          @PathParam("username")
          String username,
      @Parameter(description = "The version edited, as returned in the ETag (optional)")
          @HeaderParam("If-Match")
          String ifMatch,
      AccountChangeDocument document,
      @Context SecurityContext security) {
    InputValidation.requireValid(validator, document);
    Boolean enabled = document.enabledState();
    if (document.roles() == null && enabled == null) {
      throw new InvalidInputException(
          List.of(new FieldError("roles", "give roles and/or enabled: nothing to change")));
    }
    Set<Role> roles =
        document.roles() == null
            ? null
            : document.roles().stream()
                .map(r -> Role.valueOf(r.toUpperCase(Locale.ROOT)))
                .collect(Collectors.toSet());
    return ok(
        accounts.update(
            security.getUserPrincipal().getName(),
            username,
            roles,
            enabled,
            Versions.expected(ifMatch)));
  }

  private static Response ok(AccountView view) {
    return Response.ok(AccountDocument.of(view)).tag(Versions.etag(view.version())).build();
  }

  private AccountDocument find(String username) {
    return accounts.find(username).map(AccountDocument::of).orElseThrow(NotFoundException::new);
  }

  @POST
  @RolesAllowed(Role.ADMIN_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create an account (administrators)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "A member of the core team",
                      value =
                          "{\"username\":\"animation\",\"password\":\"une phrase de passe longue\","
                              + "\"roles\":[\"editor\"]}")))
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "400", description = "Invalid username, password or roles")
  @APIResponse(responseCode = "409", description = "The username is taken")
  public Response create(NewAccountDocument document, @Context UriInfo uri) {
    InputValidation.requireValid(validator, document);
    Set<Role> roles =
        document.roles().stream()
            .map(r -> Role.valueOf(r.toUpperCase(Locale.ROOT)))
            .collect(Collectors.toSet());
    AccountView created = accounts.create(document.username(), document.password(), roles);
    return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
        .entity(AccountDocument.of(created))
        .build();
  }
}
