// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.NodeMode;
import org.essaim.node.application.federation.publishing.KeyFiguresPublishing;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.interfaces.rest.RestApplication;

@Path("admin/federation/key-figures")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(name = "Federation administration")
public class KeyFiguresAdminResource {

  /** What publishing did. */
  @Schema(name = "KeyFiguresPublication")
  public record PublicationDocument(
      @Schema(
              description = "CREATE, UPDATE, or NOTHING when the figures did not change",
              example = "UPDATE")
          String decision,
      @Schema(example = "https://essaim.grenoble.example/objects/key-figures/1") String object) {}

  @Inject KeyFiguresPublishing publishing;
  @Inject NodeMode mode;

  @POST
  @Path("publish")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Publish this territory's key figures now (administrators)",
      description =
          "Recomputes the figures GET /api/key-figures shows and sends them to the followers as"
              + " essaim:KeyFigures (Create the first time, Update when they changed); unchanged"
              + " figures send nothing. Otherwise done every essaim.federation.key-figures.interval.")
  @APIResponse(
      responseCode = "200",
      description = "What was done",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "Changed figures",
                      value =
                          "{\"decision\":\"UPDATE\",\"object\":"
                              + "\"https://essaim.grenoble.example/objects/key-figures/1\"}")))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(
      responseCode = "409",
      description = "This node is an aggregator: it publishes no territory figures")
  public PublicationDocument publish() {
    if (mode != NodeMode.TERRITORY) {
      throw new ConflictException(
          "This node is an aggregator: it sums the territories' key figures and publishes none"
              + " of its own.");
    }
    return new PublicationDocument(publishing.publishNow().name(), publishing.address().toString());
  }
}
