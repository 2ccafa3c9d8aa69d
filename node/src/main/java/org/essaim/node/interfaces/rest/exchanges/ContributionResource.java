// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.exchanges;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.NodeAddress;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.federation.exchanges.ExchangeService;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.exchange.ExchangeKind;
import org.essaim.node.domain.model.exchange.ExchangeState;
import org.essaim.node.interfaces.federation.FederationUrls;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;

/**
 * The moderation queue: what peer territories sent about this territory's sheets and solutions.
 * Never public.
 */
@Path("federation/contributions")
@RequestScoped
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(name = "Exchanges")
public class ContributionResource {

  static final String RECEIVED_EXAMPLE =
      "{\"id\":7,\"direction\":\"RECEIVED\",\"kind\":\"AMENDMENT\",\"state\":\"PENDING\","
          + "\"activityId\":\"https://essaim.lons.example/activities/0b7e6f0e\","
          + "\"peerActor\":\"https://essaim.lons.example/actors/territory\","
          + "\"peerName\":\"Pays Lédonien\","
          + "\"objectId\":\"https://essaim.vierzon.example/objects/method-sheets/3\","
          + "\"localId\":3,\"summary\":\"Ajout d'une étape\",\"content\":\"## Pourquoi ?\","
          + "\"createdAt\":\"2025-03-02T09:00:00Z\"}";

  @Inject ExchangeService exchanges;
  @Inject NodeAddress node;
  @Context SecurityContext security;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "List what peers sent about this territory's sheets and solutions",
      description =
          "Replies (VISIBLE or HIDDEN), amendments of method sheets and replication proposals of"
              + " solutions (PENDING until an editor accepts or dismisses them), newest first.")
  @APIResponse(
      responseCode = "200",
      description = "One page of contributions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "An amendment to decide",
                      value =
                          "{\"items\":["
                              + RECEIVED_EXAMPLE
                              + "],\"page\":1,\"size\":20,\"totalItems\":1,\"totalPages\":1}")))
  @APIResponse(responseCode = "400", description = "Invalid kind, state, id, page or size")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither editor nor administrator")
  public PageDocument<ExchangeDocument> list(
      @Parameter(description = "REPLY, AMENDMENT or REPLICATION_PROPOSAL", example = "AMENDMENT")
          @QueryParam("kind")
          String kind,
      @Parameter(
              description = "PENDING, ACCEPTED, REJECTED, VISIBLE or HIDDEN",
              example = "PENDING")
          @QueryParam("state")
          String state,
      @Parameter(description = "Only those about this method sheet", example = "3")
          @QueryParam("methodSheet")
          String methodSheet,
      @Parameter(description = "Only those about this transferable solution", example = "5")
          @QueryParam("solution")
          String solution,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size) {
    FederationUrls urls = FederationUrls.of(node.baseUrl());
    Optional<URI> object =
        QueryParams.longValue("methodSheet", methodSheet)
            .map(urls::methodSheet)
            .or(() -> QueryParams.longValue("solution", solution).map(urls::solution));
    return PageDocument.of(
        exchanges.received(
            QueryParams.enumValue("kind", ExchangeKind.class, kind).orElse(null),
            QueryParams.enumValue("state", ExchangeState.class, state).orElse(null),
            object.orElse(null),
            PageRequest.parse(page, size)),
        ExchangeDocument::of);
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One contribution from a peer")
  @APIResponse(
      responseCode = "200",
      description = "The contribution",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "An amendment", value = RECEIVED_EXAMPLE)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither editor nor administrator")
  @APIResponse(responseCode = "404", description = "No such contribution")
  public ExchangeDocument get(
      @Parameter(description = "The contribution's id", example = "7") @PathParam("id") long id) {
    return ExchangeDocument.of(exchanges.receivedOne(id));
  }

  @POST
  @Path("{id}/accept")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Accept an amendment or a replication proposal",
      description =
          "An amendment becomes a new version of the sheet (change note: « Amendement proposé"
              + " par <territory> »), which federates as Update; a replication proposal is"
              + " recorded as a replication (INTERESTED). An Accept is sent to the proposer.")
  @APIResponse(
      responseCode = "200",
      description = "Accepted; result says what it became",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Accepted", value = RECEIVED_EXAMPLE)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither editor nor administrator")
  @APIResponse(responseCode = "404", description = "No such contribution")
  @APIResponse(
      responseCode = "409",
      description =
          "A reply, already decided, or refused by the sheet (deprecated, same text) or solution"
              + " (no longer published)")
  public ExchangeDocument accept(
      @Parameter(description = "The contribution's id", example = "7") @PathParam("id") long id) {
    return ExchangeDocument.of(exchanges.accept(id, username()));
  }

  @POST
  @Path("{id}/dismiss")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Dismiss an amendment or a replication proposal",
      description = "A Reject is sent to the proposer.")
  @APIResponse(
      responseCode = "200",
      description = "Dismissed (REJECTED)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Dismissed", value = RECEIVED_EXAMPLE)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither editor nor administrator")
  @APIResponse(responseCode = "404", description = "No such contribution")
  @APIResponse(responseCode = "409", description = "A reply, or already decided")
  public ExchangeDocument dismiss(
      @Parameter(description = "The contribution's id", example = "7") @PathParam("id") long id) {
    return ExchangeDocument.of(exchanges.dismiss(id, username()));
  }

  @POST
  @Path("{id}/hide")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Hide a reply from the team's list (nothing is sent)")
  @APIResponse(
      responseCode = "200",
      description = "Hidden",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Hidden", value = RECEIVED_EXAMPLE)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither editor nor administrator")
  @APIResponse(responseCode = "404", description = "No such contribution")
  @APIResponse(responseCode = "409", description = "Not a reply")
  public ExchangeDocument hide(
      @Parameter(description = "The contribution's id", example = "7") @PathParam("id") long id) {
    return ExchangeDocument.of(exchanges.hide(id, true, username()));
  }

  @POST
  @Path("{id}/show")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Show a hidden reply again")
  @APIResponse(
      responseCode = "200",
      description = "Visible",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Visible", value = RECEIVED_EXAMPLE)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither editor nor administrator")
  @APIResponse(responseCode = "404", description = "No such contribution")
  @APIResponse(responseCode = "409", description = "Not a reply")
  public ExchangeDocument show(
      @Parameter(description = "The contribution's id", example = "7") @PathParam("id") long id) {
    return ExchangeDocument.of(exchanges.hide(id, false, username()));
  }

  private String username() {
    return security.getUserPrincipal().getName();
  }
}
