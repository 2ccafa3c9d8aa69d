// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
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
import org.essaim.node.application.federation.copies.BackfillService;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.RestApplication;

@Path("admin/federation/backfills")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(name = "Federation administration")
public class BackfillAdminResource {

  static final String REQUEST_EXAMPLE =
      "{\"actor\":\"https://essaim.vierzon.example/actors/territory\"}";
  static final String RUN_EXAMPLE =
      "{\"actor\":\"https://essaim.vierzon.example/actors/territory\",\"state\":\"DONE\","
          + "\"importedCount\":42,\"seenCount\":57,\"startedAt\":\"2025-03-02T09:00:00Z\","
          + "\"updatedAt\":\"2025-03-02T09:01:10Z\"}";

  @Inject BackfillService backfills;
  @Inject Validator validator;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "List the imports of followed peers' outboxes (administrators)",
      description = "Most recently updated first: state, progress and the last error.")
  @APIResponse(
      responseCode = "200",
      description = "One page of backfills",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "One peer imported",
                      value =
                          "{\"items\":["
                              + RUN_EXAMPLE
                              + "],\"page\":1,\"size\":20,\"totalItems\":1,\"totalPages\":1}")))
  @APIResponse(responseCode = "400", description = "Invalid page or size")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  public PageDocument<BackfillDocument> list(
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size) {
    return PageDocument.of(backfills.list(PageRequest.parse(page, size)), BackfillDocument::of);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Import a followed peer's outbox again (administrators)",
      description =
          "Walks the peer's outbox from its first page in the background; objects already"
              + " copied are not imported twice.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Vierzon", value = REQUEST_EXAMPLE)))
  @APIResponse(
      responseCode = "202",
      description = "Started; the walk goes on in the background",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Started", value = RUN_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      description = "Missing or malformed actor, or not a peer this territory follows")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "409", description = "The peer's outbox is being walked already")
  public Response start(BackfillRequestDocument request) {
    InputValidation.requireValid(validator, request);
    BackfillDocument run = BackfillDocument.of(backfills.rerun(actor(request.actor())));
    return Response.accepted(run).build();
  }

  private static URI actor(String value) {
    try {
      URI uri = new URI(value.strip());
      if (uri.isAbsolute()
          && uri.getHost() != null
          && ("https".equalsIgnoreCase(uri.getScheme())
              || "http".equalsIgnoreCase(uri.getScheme()))) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new InvalidInputException(
        List.of(new FieldError("actor", "must be an absolute http(s) actor id")));
  }
}
