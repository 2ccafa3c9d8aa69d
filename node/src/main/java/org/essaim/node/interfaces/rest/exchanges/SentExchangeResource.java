// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.exchanges;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.federation.exchanges.ExchangeService;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.exchange.ExchangeKind;
import org.essaim.node.domain.model.exchange.ExchangeState;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;

/** What this territory sent to peers, with the answers to its Offers. */
@Path("network/exchanges")
@RequestScoped
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(name = "Exchanges")
public class SentExchangeResource {

  @Inject ExchangeService exchanges;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "List what this territory sent to peers, newest first",
      description =
          "Replies, amendment and replication proposals (PENDING until the peer answers, then"
              + " ACCEPTED or REJECTED) and Announces.")
  @APIResponse(
      responseCode = "200",
      description = "One page of exchanges",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "An amendment awaiting its answer",
                      value =
                          "{\"items\":["
                              + ExchangeResource.SENT_EXAMPLE
                              + "],\"page\":1,\"size\":20,\"totalItems\":1,\"totalPages\":1}")))
  @APIResponse(responseCode = "400", description = "Invalid kind, state, page or size")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither editor nor administrator")
  public PageDocument<ExchangeDocument> list(
      @Parameter(
              description = "REPLY, AMENDMENT, REPLICATION_PROPOSAL or ANNOUNCE",
              example = "AMENDMENT")
          @QueryParam("kind")
          String kind,
      @Parameter(description = "SENT, PENDING, ACCEPTED or REJECTED", example = "PENDING")
          @QueryParam("state")
          String state,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size) {
    return PageDocument.of(
        exchanges.sent(
            QueryParams.enumValue("kind", ExchangeKind.class, kind).orElse(null),
            QueryParams.enumValue("state", ExchangeState.class, state).orElse(null),
            PageRequest.parse(page, size)),
        ExchangeDocument::of);
  }
}
