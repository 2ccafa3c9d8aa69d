// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.exchanges;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.federation.exchanges.ExchangeService;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.interfaces.rest.RestApplication;

/**
 * What this territory sends about a copy of a peer's object: a reply, an amendment or replication
 * proposal (editors), an Announce (administrators).
 */
// Same class path as NetworkObjectResource: a class at network/objects/{id} would hide its GET.
@Path("network/objects")
@RequestScoped
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(
    name = "Exchanges",
    description =
        "Replies, amendment and replication proposals and Announces between territories, and the"
            + " moderation queue of what peers sent about this territory's sheets and solutions.")
public class ExchangeResource {

  static final String SENT_EXAMPLE =
      "{\"id\":4,\"direction\":\"SENT\",\"kind\":\"AMENDMENT\",\"state\":\"PENDING\","
          + "\"activityId\":\"https://essaim.lons.example/activities/0b7e6f0e\","
          + "\"peerActor\":\"https://essaim.vierzon.example/actors/territory\","
          + "\"peerName\":\"Vierzon\","
          + "\"objectId\":\"https://essaim.vierzon.example/objects/method-sheets/3\","
          + "\"localId\":12,\"summary\":\"Ajout d'une étape\",\"content\":\"## Pourquoi ?\","
          + "\"createdAt\":\"2025-03-02T09:00:00Z\"}";

  @Inject ExchangeService exchanges;

  @POST
  @Path("{id}/replies")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Reply to a peer's method sheet or solution",
      description =
          "Sends Create{Note inReplyTo <object>} to the object's territory only, attributed to"
              + " this territory's actor (never a person).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "A reply",
                      value = "{\"content\":\"Testée à Lons : l'étape 2 prend deux mois.\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Sent; the exchange, SENT",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Sent", value = SENT_EXAMPLE)))
  @APIResponse(responseCode = "400", description = "Blank or too long content")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither editor nor administrator")
  @APIResponse(responseCode = "404", description = "No such copy, or deleted by its peer")
  @APIResponse(
      responseCode = "409",
      description = "Not a method sheet or solution, or its territory is blocked")
  public Response reply(
      @Parameter(description = "The copy's id under /api/network/objects", example = "12")
          @PathParam("id")
          long id,
      ReplyDocument body) {
    return created(exchanges.reply(id, body == null ? null : body.content()));
  }

  @POST
  @Path("{id}/amendments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Propose a new text for a peer's method sheet",
      description =
          "Sends Offer{Note (text/markdown), target: <sheet>} to the sheet's territory, whose"
              + " editors accept it (a new version) or dismiss it; the answer marks this exchange"
              + " ACCEPTED or REJECTED.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "An amendment",
                      value =
                          "{\"summary\":\"Ajout d'une étape\","
                              + "\"content\":\"## Pourquoi un incubateur ?\\n\\nPour tous.\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Sent; the exchange, PENDING",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Sent", value = SENT_EXAMPLE)))
  @APIResponse(responseCode = "400", description = "Blank or too long content, too long summary")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither editor nor administrator")
  @APIResponse(responseCode = "404", description = "No such copy, or deleted by its peer")
  @APIResponse(
      responseCode = "409",
      description = "Not a method sheet, or its territory is blocked")
  public Response amend(
      @Parameter(description = "The copy's id under /api/network/objects", example = "12")
          @PathParam("id")
          long id,
      AmendmentDocument body) {
    return created(
        exchanges.proposeAmendment(
            id, body == null ? null : body.summary(), body == null ? null : body.content()));
  }

  @POST
  @Path("{id}/replication-proposals")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Propose to replicate a peer's transferable solution here",
      description =
          "Sends Offer{Replication (INTERESTED) of <solution> by this territory, target:"
              + " <solution>} to the solution's territory; its answer marks this exchange ACCEPTED"
              + " or REJECTED.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "A proposal",
                      value = "{\"message\":\"Adapter le format à un territoire de montagne.\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Sent; the exchange, PENDING",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Sent", value = SENT_EXAMPLE)))
  @APIResponse(responseCode = "400", description = "Too long message")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither editor nor administrator")
  @APIResponse(responseCode = "404", description = "No such copy, or deleted by its peer")
  @APIResponse(responseCode = "409", description = "Not a solution, or its territory is blocked")
  public Response proposeReplication(
      @Parameter(description = "The copy's id under /api/network/objects", example = "12")
          @PathParam("id")
          long id,
      ReplicationProposalDocument body) {
    return created(exchanges.proposeReplication(id, body == null ? null : body.message()));
  }

  @POST
  @Path("{id}/announce")
  @RolesAllowed(Role.ADMIN_NAME)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Re-share a peer's solution with this territory's followers (administrators)",
      description =
          "Sends Announce{<solution>} to this territory's followers; cc Public only when the"
              + " solution is PUBLIC (a NETWORK solution is never re-shared to Public).")
  @APIResponse(
      responseCode = "201",
      description = "Sent; the exchange, SENT",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Sent", value = SENT_EXAMPLE)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such copy, or deleted by its peer")
  @APIResponse(responseCode = "409", description = "Not a solution, or its territory is blocked")
  public Response announce(
      @Parameter(description = "The copy's id under /api/network/objects", example = "12")
          @PathParam("id")
          long id) {
    return created(exchanges.announce(id));
  }

  private static Response created(
      org.essaim.node.application.federation.exchanges.ExchangeView view) {
    return Response.status(Response.Status.CREATED).entity(ExchangeDocument.of(view)).build();
  }
}
