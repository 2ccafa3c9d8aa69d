// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.network;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.federation.figures.NetworkFigures;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;

@Path("network/key-figures")
@RequestScoped
@Tag(name = "Network")
public class NetworkFiguresResource {

  static final String EXAMPLE =
      "{\"asOf\":\"2026-03-02T09:00:00Z\",\"territories\":{\"total\":24,\"labelled\":17,"
          + "\"launching\":7},\"totals\":{\"territoriesReporting\":24,\"participants\":{\"value\":"
          + "17800,\"reporting\":23,\"withheld\":1},\"engagedPeople\":{\"value\":5600,"
          + "\"reporting\":24,\"withheld\":0},\"projectsSupported\":{\"value\":564,\"reporting\":"
          + "24,\"withheld\":0},\"jobsCreated\":{\"value\":691,\"reporting\":24,\"withheld\":0},"
          + "\"dreams\":{\"value\":21000,\"reporting\":24,\"withheld\":0},\"challenges\":{"
          + "\"value\":410,\"reporting\":24,\"withheld\":0},\"projectsByStage\":[{\"key\":"
          + "\"launched\",\"labelFr\":\"Lancé\",\"labelEn\":\"Launched\",\"value\":120,"
          + "\"reporting\":22,\"withheld\":2}],\"projectsByTheme\":[]},\"byTerritory\":[{"
          + "\"actor\":\"https://essaim.grenoble.example/actors/territory\",\"name\":\"Grenoble\","
          + "\"own\":false,\"period\":\"2026\",\"participants\":1250,\"engagedPeople\":73,"
          + "\"projectsSupported\":12,\"jobsCreated\":18,\"dreams\":1040,\"challenges\":30,"
          + "\"projectsByStage\":[{\"key\":\"launched\",\"count\":5,\"withheld\":false},{\"key\":"
          + "\"creation\",\"withheld\":true}],\"projectsByTheme\":[],\"updated\":"
          + "\"2026-03-02T08:00:00Z\",\"receivedAt\":\"2026-03-02T08:00:02Z\"}],\"history\":[{"
          + "\"month\":\"2026-03\",\"totals\":{\"territoriesReporting\":24,\"participants\":{"
          + "\"value\":17800,\"reporting\":23,\"withheld\":1},\"engagedPeople\":{\"value\":5600,"
          + "\"reporting\":24,\"withheld\":0},\"projectsSupported\":{\"value\":564,\"reporting\":"
          + "24,\"withheld\":0},\"jobsCreated\":{\"value\":691,\"reporting\":24,\"withheld\":0},"
          + "\"dreams\":{\"value\":21000,\"reporting\":24,\"withheld\":0},\"challenges\":{"
          + "\"value\":410,\"reporting\":24,\"withheld\":0},\"projectsByStage\":[],"
          + "\"projectsByTheme\":[]}}]}";

  @Inject NetworkFigures figures;
  @Inject Taxonomy taxonomy;
  @Inject Clock clock;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The network's key figures: totals, per territory, month by month",
      description =
          "The latest key figures each followed territory published (essaim:KeyFigures), plus"
              + " this node's own on a territory node, summed. Withheld (small) counts are not"
              + " summed as zero: each total says how many territories withheld it. History: the"
              + " totals at the end of each month (UTC) from the figures received by then.")
  @APIResponse(
      responseCode = "200",
      description = "The figures",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "The network in 2026", value = EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      description = "from or to not a month (YYYY-MM), from after to, or more than 120 months")
  public NetworkFiguresDocument get(
      @Parameter(
              description = "First month of the history (YYYY-MM); default: 11 months before to",
              example = "2025-04")
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Last month of the history (YYYY-MM); default: this month (UTC)",
              example = "2026-03")
          @QueryParam("to")
          String to) {
    YearMonth last = month("to", to).orElse(YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)));
    YearMonth first = month("from", from).orElse(last.minusMonths(11));
    return NetworkFiguresDocument.of(
        figures.current(first, last),
        (stage, key) ->
            taxonomy
                .find(stage ? TaxonomyScheme.PROJECT_STAGES : TaxonomyScheme.THEMES, key)
                .orElse(null));
  }

  private static java.util.Optional<YearMonth> month(String name, String value) {
    if (value == null || value.isBlank()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(YearMonth.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(List.of(new FieldError(name, "must be a month, YYYY-MM")));
    }
  }
}
