// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.figures;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.KeyFiguresService;
import org.essaim.node.domain.model.figures.BreakdownCell;
import org.essaim.node.domain.model.figures.KeyFigures;
import org.essaim.node.domain.model.figures.SmallCountSuppression;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;

@Path("key-figures")
@RequestScoped
@Tag(
    name = "Key figures",
    description =
        "The territory's figures (« chiffres clés »), computed from its records when asked."
            + " Dreams and other local-only records leave the node only as such counts; groups"
            + " under 5 are withheld.")
public class KeyFiguresResource {

  private static final String EXAMPLE =
      "{\"asOf\":\"2026-11-23T09:00:00Z\",\"minimumGroupSize\":5,\"campaignsUnderway\":2,"
          + "\"dreamsReceived\":1040,\"dreamsReceivedSuppressed\":false,\"dreamsByTheme\":["
          + "{\"key\":\"food\",\"labelFr\":\"Alimentation durable\",\"labelEn\":\"Sustainable"
          + " food\",\"count\":212,\"suppressed\":false},{\"key\":\"culture-heritage\","
          + "\"labelFr\":\"Culture et patrimoine\",\"suppressed\":true}],\"challengesWorked\":30,"
          + "\"dreamCollectionsHeld\":6,\"eveningsHeld\":1,\"participations\":1250,"
          + "\"participationsSuppressed\":false,\"engagedPeople\":73,"
          + "\"engagedPeopleSuppressed\":false,\"wouldBeCarriers\":24,"
          + "\"wouldBeCarriersSuppressed\":false,\"dreamsCollectedAtEvents\":980,"
          + "\"projectsSupported\":12,\"projectsByStage\":[{\"key\":\"launched\",\"count\":5,"
          + "\"suppressed\":false}],\"projectsByTheme\":[],\"jobsCreated\":18,"
          + "\"jobsConsolidated\":4}";

  @Inject KeyFiguresService figures;
  @Inject Taxonomy taxonomy;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The territory's key figures, with small counts suppressed")
  @APIResponse(
      responseCode = "200",
      description = "The figures now",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(name = "A territory in its second edition", value = EXAMPLE)))
  public KeyFiguresDocument get() {
    KeyFigures f = figures.current();
    return new KeyFiguresDocument(
        f.asOf(),
        SmallCountSuppression.K,
        f.campaignsUnderway(),
        CountDocument.value(f.dreamsReceived()),
        f.dreamsReceived().isSuppressed(),
        cells(f.dreamsByTheme(), TaxonomyScheme.THEMES),
        f.challengesWorked(),
        f.dreamCollectionsHeld(),
        f.eveningsHeld(),
        CountDocument.value(f.participations()),
        f.participations().isSuppressed(),
        CountDocument.value(f.engagedPeople()),
        f.engagedPeople().isSuppressed(),
        CountDocument.value(f.wouldBeCarriers()),
        f.wouldBeCarriers().isSuppressed(),
        f.dreamsCollectedAtEvents(),
        f.projectsSupported(),
        cells(f.projectsByStage(), TaxonomyScheme.PROJECT_STAGES),
        cells(f.projectsByTheme(), TaxonomyScheme.THEMES),
        f.jobsCreated(),
        f.jobsConsolidated());
  }

  private List<CountDocument> cells(List<BreakdownCell> cells, TaxonomyScheme scheme) {
    return cells.stream()
        .map(c -> CountDocument.of(c, taxonomy.find(scheme, c.key()).orElse(null)))
        .toList();
  }
}
