// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.network;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.federation.copies.NetworkObjects;
import org.essaim.node.application.search.SimilarObjects;
import org.essaim.node.domain.model.remote.RemoteObjectKind;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.search.SimilarDocument;

@Path("network/objects")
@RequestScoped
@Tag(
    name = "Network",
    description =
        "Read-only copies of what followed peer territories share. Copies addressed to the"
            + " network only (NETWORK) are shown to signed-in members of this node; anonymous"
            + " callers see PUBLIC ones. Deleted objects never appear.")
public class NetworkObjectResource {

  static final int MAX_QUERY_LENGTH = 200;

  static final String OBJECT_EXAMPLE =
      "{\"id\":12,\"objectId\":\"https://essaim.vierzon.example/projects/7\",\"kind\":\"PROJECT\","
          + "\"audience\":\"PUBLIC\",\"name\":\"Recyclerie de Vierzon\","
          + "\"summary\":\"Une recyclerie portée par une SCIC.\","
          + "\"themes\":[\"circular-economy.repair\"],\"published\":\"2025-03-02T09:00:00Z\","
          + "\"origin\":{\"actor\":\"https://essaim.vierzon.example/actors/territory\","
          + "\"host\":\"essaim.vierzon.example\",\"name\":\"Vierzon\","
          + "\"url\":\"https://vierzon.example/projets/recyclerie\"},"
          + "\"receivedAt\":\"2025-03-02T09:00:05Z\"}";

  @Inject NetworkObjects objects;
  @Inject SimilarObjects similar;
  @Inject Taxonomy taxonomy;
  @Context SecurityContext security;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "List copies of peers' objects, newest first",
      description =
          "Copies of the projects, method sheets, solutions, défis and events followed peer"
              + " territories shared, with their attribution. Anonymous callers see PUBLIC copies"
              + " only; any signed-in account also sees NETWORK ones.")
  @APIResponse(
      responseCode = "200",
      description = "One page of network objects",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "A project from Vierzon",
                      value =
                          "{\"items\":["
                              + OBJECT_EXAMPLE
                              + "],\"page\":1,\"size\":20,\"totalItems\":1,\"totalPages\":1}")))
  @APIResponse(responseCode = "400", description = "Invalid kind, page or size, or q too long")
  public PageDocument<NetworkObjectDocument> list(
      @Parameter(
              description = "PROJECT, METHOD_SHEET, SOLUTION, CHALLENGE, EVENT or OTHER",
              example = "PROJECT")
          @QueryParam("kind")
          String kind,
      @Parameter(
              description = "Only copies from this peer host (with :port if not the default)",
              example = "essaim.vierzon.example")
          @QueryParam("origin")
          String origin,
      @Parameter(description = "Text in the name or summary, case ignored", example = "recyclerie")
          @QueryParam("q")
          String q,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size) {
    PageRequest request = PageRequest.parse(page, size);
    return PageDocument.of(
        objects.list(
            signedIn(),
            QueryParams.enumValue("kind", RemoteObjectKind.class, kind),
            QueryParams.text("origin", origin, MAX_QUERY_LENGTH),
            QueryParams.text("q", q, MAX_QUERY_LENGTH),
            request),
        NetworkObjectDocument::of);
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One copy of a peer's object, with its attribution")
  @APIResponse(
      responseCode = "200",
      description = "The copy",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "A project from Vierzon", value = OBJECT_EXAMPLE)))
  @APIResponse(
      responseCode = "404",
      description = "No such copy, deleted by its peer, or NETWORK and the caller not signed in")
  public NetworkObjectDocument get(
      @Parameter(description = "The copy's id on this node", example = "12") @PathParam("id")
          long id) {
    return NetworkObjectDocument.of(objects.get(id, signedIn()));
  }

  @GET
  @Path("{id}/similar")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Projects similar to a copy of a peer's object",
      description =
          "The projects of this territory and of followed territories most like this copy, best"
              + " first, with an explanation for each; the copy itself is never suggested."
              + " Anonymous callers get public, indexable projects only.")
  @APIResponse(
      responseCode = "200",
      description = "The suggestions, best first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Épiceries", value = SimilarDocument.EXAMPLE)))
  @APIResponse(responseCode = "400", description = "limit not an integer from 1 to 50")
  @APIResponse(
      responseCode = "404",
      description =
          "No such copy, deleted by its peer, NETWORK and the caller not signed in, or not a"
              + " searchable object")
  public SimilarDocument.ListDocument similar(
      @Parameter(description = "The copy's id on this node", example = "12") @PathParam("id")
          long id,
      @Parameter(description = "Suggestions wanted, 1 to 50 (10 by default)", example = "10")
          @QueryParam("limit")
          String limit) {
    return SimilarDocument.list(similar.similarToCopy(id, signedIn(), limit), taxonomy);
  }

  private boolean signedIn() {
    return security.getUserPrincipal() != null;
  }
}
