// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.gdpr;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.ErasureReport;
import org.essaim.node.application.GdprService;
import org.essaim.node.application.PersonalDataExport;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.RestApplication;

@Path("gdpr")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(
    name = "GDPR",
    description =
        "Access, portability and erasure of what the node holds about an email address"
            + " (administrators only). The address goes in the JSON body, never in the URL. The"
            + " answer has the same shape whether the node knows the address or not.")
public class GdprResource {

  static final String SUBJECT = "{\"email\":\"camille@example.org\"}";
  static final String EXPORT =
      "{\"email\":\"camille@example.org\",\"exportedAt\":\"2026-01-05T10:00:00Z\","
          + "\"dreams\":[{\"id\":41,\"campaignId\":3,\"text\":\"Une épicerie solidaire au"
          + " bourg\",\"themes\":[\"food.access\"],\"contributorType\":\"INHABITANT\","
          + "\"contactEmail\":\"camille@example.org\",\"contactConsentAt\":"
          + "\"2024-06-08T14:02:00Z\",\"state\":\"CLUSTERED\",\"submittedAt\":"
          + "\"2024-06-08T14:02:00Z\",\"challengeIds\":[7]}],"
          + "\"memberships\":[{\"id\":3,\"projectId\":12,\"displayName\":\"Camille D.\","
          + "\"email\":\"camille@example.org\",\"role\":\"PORTEUR\",\"joinedOn\":\"2024-11-07\"}],"
          + "\"consents\":[{\"id\":9,\"purpose\":\"DREAM_CONTACT\",\"wordingVersion\":\"2026-01\","
          + "\"wordingText\":\"J'accepte que l'équipe du territoire me recontacte…\","
          + "\"email\":\"camille@example.org\",\"givenAt\":\"2024-06-08T14:02:00Z\","
          + "\"source\":\"DREAM\",\"sourceId\":41}]}";
  static final String REPORT =
      "{\"erasedAt\":\"2026-01-05T10:05:00Z\",\"dreams\":1,\"challengeLinks\":1,"
          + "\"memberships\":1,\"consentRecords\":2,\"previousErasures\":[]}";

  @Inject GdprService gdpr;
  @Inject Validator validator;

  @POST
  @Path("exports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Export everything held about an email address (administrators)",
      description =
          "Dreams left with it (with their text and the défis grouping them), collective"
              + " memberships and consent records. Empty lists when the address is unknown.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "An address", value = SUBJECT)))
  @APIResponse(
      responseCode = "200",
      description = "The export",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "A contributor and porteuse", value = EXPORT)))
  @APIResponse(responseCode = "400", description = "Missing or malformed address")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  public Response export(SubjectDocument subject) {
    InputValidation.requireValid(validator, subject);
    PersonalDataExport export = gdpr.export(subject.email());
    return Response.ok(export).header("Cache-Control", "no-store").build();
  }

  @POST
  @Path("erasures")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Erase everything held about an email address (administrators)",
      description =
          "In one transaction: the dreams left with it are deleted with their text and their"
              + " links to défis (the défis stay), collective memberships and consent records are"
              + " deleted. The erasure is logged without the address (a keyed fingerprint, the"
              + " counts and the time), so a repeated request is recognised in previousErasures.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "An address", value = SUBJECT)))
  @APIResponse(
      responseCode = "200",
      description = "What was erased",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Erased", value = REPORT)))
  @APIResponse(responseCode = "400", description = "Missing or malformed address")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  public Response erase(SubjectDocument subject) {
    InputValidation.requireValid(validator, subject);
    ErasureReport report = gdpr.erase(subject.email());
    return Response.ok(report).header("Cache-Control", "no-store").build();
  }
}
