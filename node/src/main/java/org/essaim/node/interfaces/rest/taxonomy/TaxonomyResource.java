// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.taxonomy;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;

@Path("taxonomy")
@RequestScoped
@PermitAll
@Tag(name = "Taxonomy", description = "Themes, support modes, stages and other shared schemes")
public class TaxonomyResource {

  @Inject Taxonomy taxonomy;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every scheme, without its concepts")
  public List<SchemeDocument> schemes() {
    return Arrays.stream(TaxonomyScheme.values())
        .map(s -> new SchemeDocument(s.key(), taxonomy.concepts(s).size(), null))
        .toList();
  }

  @GET
  @Path("{scheme}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One scheme with its concepts, in catalogue order")
  @APIResponse(responseCode = "200", description = "The scheme")
  @APIResponse(responseCode = "404", description = "No such scheme")
  public SchemeDocument scheme(
      @Parameter(description = "The scheme's key", example = "themes") @PathParam("scheme")
          String key) {
    TaxonomyScheme scheme = TaxonomyScheme.byKey(key).orElseThrow(NotFoundException::new);
    List<ConceptDocument> concepts =
        taxonomy.concepts(scheme).stream().map(ConceptDocument::of).toList();
    return new SchemeDocument(scheme.key(), concepts.size(), concepts);
  }
}
