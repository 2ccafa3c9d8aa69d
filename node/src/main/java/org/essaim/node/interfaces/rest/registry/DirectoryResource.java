// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.registry.RegistryService;
import org.essaim.node.domain.model.registry.LabelStatus;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;

/** The public directory of the network's territories (aggregator only). */
@Path("network/territories")
@RequestScoped
@AggregatorEndpoint
@Tag(
    name = "Directory (aggregator)",
    description = "The territories of the Start-Up de Territoire network, public fields only")
public class DirectoryResource {

  @Inject RegistryService registry;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The network's territories, by name",
      description =
          "Every registered territory but mere prospects, with its public fields: actor, name,"
              + " region, department, country, label status and date.")
  @APIResponse(responseCode = "200", description = "One page of territories")
  @APIResponse(responseCode = "400", description = "A filter or the page is invalid")
  public PageDocument<DirectoryTerritoryDocument> list(
      @Parameter(description = "Label status", example = "LABELLED") @QueryParam("status")
          String status,
      @Parameter(description = "Region, any case", example = "Grand Est") @QueryParam("region")
          String region,
      @Parameter(description = "FR or LU", example = "LU") @QueryParam("country") String country,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Page size, 1 to 100", example = "20") @QueryParam("size")
          String size) {
    return PageDocument.of(
        registry.directory(
            QueryParams.enumValue("status", LabelStatus.class, status).orElse(null),
            QueryParams.text("region", region, 100).orElse(null),
            RegistryResource.country(country),
            PageRequest.parse(page, size)),
        DirectoryTerritoryDocument::of);
  }
}
