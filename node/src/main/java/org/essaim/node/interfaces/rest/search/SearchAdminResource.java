// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.search.SearchIndexer;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.interfaces.rest.RestApplication;

@Path("admin/search")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(name = "Search")
public class SearchAdminResource {

  @Inject SearchIndexer indexer;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "State of the search index (administrators)",
      description =
          "How many entries the index holds, and how many of them searches see: the engine that"
              + " runs searches follows the index within about a second, longer during a bulk"
              + " load or a rebuild.")
  @APIResponse(
      responseCode = "200",
      description = "Entries held and searchable",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "Caught up",
                      value = "{\"entries\":161,\"searchable\":161}")))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  public SearchIndexer.Status status() {
    return indexer.status();
  }

  @POST
  @Path("reindex")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rebuild the search index (administrators)",
      description =
          "Reads every object of this node and every copy again, in one transaction: searches"
              + " see the old index until it commits. Needed after the territory's name or region"
              + " changed; the index otherwise follows every change by itself.")
  @APIResponse(
      responseCode = "200",
      description = "What was read and how many entries the index holds",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "Rebuilt",
                      value = "{\"localObjects\":57,\"copies\":120,\"entries\":161}")))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  public SearchIndexer.Reindexed reindex() {
    return indexer.reindexAll();
  }
}
