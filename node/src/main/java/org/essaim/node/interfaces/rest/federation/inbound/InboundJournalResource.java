// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.federation.inbound;

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
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.infrastructure.federation.inbound.InboxStore;
import org.essaim.node.infrastructure.federation.inbound.JournalFilter;
import org.essaim.node.infrastructure.federation.inbound.JournalOutcome;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;

@Path("admin/federation/inbound")
@RequestScoped
@Tag(
    name = "Federation administration",
    description = "What this node exchanges with its peers, for its administrators.")
public class InboundJournalResource {

  private static final String EXAMPLE =
      "{\"items\":[{\"id\":42,\"receivedAt\":\"2026-11-23T08:00:00Z\",\"inbox\":\"/inbox\","
          + "\"actor\":\"https://grenoble.essaim.example/actors/territory\","
          + "\"host\":\"grenoble.essaim.example\","
          + "\"keyId\":\"https://grenoble.essaim.example/actors/territory#main-key\","
          + "\"activityId\":\"https://grenoble.essaim.example/activities/7\","
          + "\"activityType\":\"Follow\",\"status\":202,\"outcome\":\"PROCESSED\","
          + "\"reason\":\"processed: follower recorded\",\"updatedAt\":\"2026-11-23T08:00:01Z\"}],"
          + "\"page\":1,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

  @Inject InboxStore store;

  @GET
  @RolesAllowed(Role.ADMIN_NAME)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "The inbound journal, newest first (administrators)",
      description =
          "Every request this node's inboxes received, accepted or rejected, with the remote"
              + " actor, the signing key, the activity id and type, the HTTP status answered and"
              + " the outcome: QUEUED, PROCESSED, IGNORED (duplicate, unsupported type), REJECTED"
              + " (with the reason) or FAILED. Kept essaim.federation.journal.retention.")
  @APIResponse(
      responseCode = "200",
      description = "One page of journal entries",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "A processed Follow", value = EXAMPLE)))
  @APIResponse(responseCode = "400", description = "Invalid page, size or outcome")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  public PageDocument<InboundJournalDocument> list(
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size,
      @Parameter(
              description = "Only this outcome: QUEUED, PROCESSED, IGNORED, REJECTED, FAILED",
              example = "REJECTED")
          @QueryParam("outcome")
          String outcome,
      @Parameter(
              description = "Only this remote actor (its id)",
              example = "https://grenoble.essaim.example/actors/territory")
          @QueryParam("actor")
          String actor,
      @Parameter(description = "Only actors of this host", example = "grenoble.essaim.example")
          @QueryParam("host")
          String host,
      @Parameter(
              description = "Only this activity id",
              example = "https://grenoble.essaim.example/activities/7")
          @QueryParam("activity")
          String activity) {
    PageRequest request = PageRequest.parse(page, size);
    JournalFilter filter =
        new JournalFilter(
            QueryParams.enumValue("outcome", JournalOutcome.class, outcome),
            QueryParams.text("actor", actor, 2000),
            QueryParams.text("host", host, 255),
            QueryParams.text("activity", activity, 2000));
    return PageDocument.of(store.journal(filter, request), InboundJournalDocument::of);
  }
}
