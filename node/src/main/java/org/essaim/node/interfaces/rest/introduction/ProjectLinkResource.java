// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.introduction;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.federation.exchanges.IntroductionService;
import org.essaim.node.domain.model.account.Role;

/** The projects of other territories a project was introduced to. */
@Path("projects/{projectId}/links")
@RequestScoped
@Tag(name = "Introductions")
public class ProjectLinkResource {

  @Inject IntroductionService introductions;
  @Context SecurityContext security;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The projects of other territories this project was introduced to",
      description =
          "Accepted introductions, oldest first, with the other project's title, territory and"
              + " address. Anonymous callers see only links between two PUBLIC projects; any"
              + " signed-in account sees every link of a project it may read. A link whose other"
              + " project was deleted by its territory is not listed.")
  @APIResponse(
      responseCode = "200",
      description = "The links",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "One link",
                      value =
                          "[{\"introductionId\":4,"
                              + "\"project\":\"https://essaim.lons.example/objects/projects/12\","
                              + "\"title\":\"Épicerie solidaire de Lons\","
                              + "\"territory\":\"https://essaim.lons.example/actors/territory\","
                              + "\"territoryName\":\"Pays Lédonien\","
                              + "\"basis\":[\"SAME_THEME\"],\"sharedThemes\":[\"food.access\"],"
                              + "\"direction\":\"RECEIVED\","
                              + "\"since\":\"2025-03-04T10:00:00Z\"}]")))
  @APIResponse(responseCode = "404", description = "No such project (or not readable)")
  public List<ProjectLinkDocument> list(
      @Parameter(description = "This territory's project", example = "3") @PathParam("projectId")
          long projectId) {
    boolean team =
        security.isUserInRole(Role.EDITOR_NAME) || security.isUserInRole(Role.ADMIN_NAME);
    boolean signedIn = security.getUserPrincipal() != null;
    return introductions.links(projectId, team, signedIn).stream()
        .map(ProjectLinkDocument::of)
        .toList();
  }
}
