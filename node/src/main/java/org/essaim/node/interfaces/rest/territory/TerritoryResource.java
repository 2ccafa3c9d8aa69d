// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.territory;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.TerritoryProfileService;
import org.essaim.node.application.TerritoryView;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.territory.TerritoryProfile;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;

@Path("territory")
@RequestScoped
@Tag(name = "Territory", description = "The public profile of the node's territory")
public class TerritoryResource {

  @Inject TerritoryProfileService territory;
  @Inject Validator validator;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The territory's public profile")
  @APIResponse(responseCode = "200", description = "The profile; its ETag is its version")
  public Response get() {
    TerritoryView view = territory.current();
    return Response.ok(TerritoryProfileAssembler.toDocument(view)).tag(etag(view)).build();
  }

  @PUT
  @RolesAllowed(Role.ADMIN_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(summary = "Replace the territory's public profile (administrators)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "Lons-le-Saunier",
                      value =
                          "{\"name\":\"Lons-le-Saunier\",\"localBrandName\":\"Crépîte\","
                              + "\"country\":\"FR\",\"timeZone\":\"Europe/Paris\","
                              + "\"labelStatus\":\"LABELLED\","
                              + "\"publicContact\":\"contact@crepite.fr\","
                              + "\"website\":\"https://www.crepite.fr\"}")))
  @APIResponse(responseCode = "200", description = "The stored profile")
  @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @Parameter(description = "The version edited, as returned in the ETag")
          @HeaderParam("If-Match")
          String ifMatch,
      TerritoryProfileDocument document) {
    TerritoryProfile profile =
        TerritoryProfileAssembler.toProfile(
            document, InputValidation.violations(validator, document));
    TerritoryView view = territory.describe(profile, expectedVersion(ifMatch));
    return Response.ok(TerritoryProfileAssembler.toDocument(view)).tag(etag(view)).build();
  }

  private static EntityTag etag(TerritoryView view) {
    return Versions.etag(view.version());
  }

  private static OptionalLong expectedVersion(String ifMatch) {
    return Versions.expected(ifMatch);
  }
}
