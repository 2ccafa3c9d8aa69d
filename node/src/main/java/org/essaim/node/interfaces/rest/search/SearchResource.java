// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.search;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.search.NetworkSearch;
import org.essaim.node.domain.model.search.FacetCount;
import org.essaim.node.domain.model.search.SearchFacet;
import org.essaim.node.domain.model.search.SearchResults;
import org.essaim.node.domain.model.search.SearchSort;
import org.essaim.node.domain.model.taxonomy.Concept;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.interfaces.rest.QueryParams;

@Path("search")
@RequestScoped
@Tag(
    name = "Search",
    description =
        "Network search over this territory's objects and the copies of what followed territories"
            + " share: French full text (accents, plurals, typos), facets, snippets.")
public class SearchResource {

  static final String RESULTS_EXAMPLE =
      "{\"items\":[{\"id\":\"https://essaim.lons.example/objects/projects/7\","
          + "\"kind\":\"PROJECT\",\"origin\":\"REMOTE\",\"localId\":null,"
          + "\"title\":\"Jardins partagés de la Marjorie\","
          + "\"summary\":\"Des jardins cultivés par les habitants du quartier.\","
          + "\"snippet\":\"Des <mark>jardins</mark> cultivés par les habitants du quartier.\","
          + "\"url\":\"https://essaim.lons.example/projets/7\","
          + "\"territory\":{\"actor\":\"https://essaim.lons.example/actors/territory\","
          + "\"name\":\"Lons-le-Saunier\"},\"region\":\"Bourgogne-Franche-Comté\","
          + "\"themes\":[\"food\",\"food.urban-agriculture\"],\"supportModes\":[],"
          + "\"stage\":\"launch\",\"legalForm\":\"ASSOCIATION_1901\",\"transferable\":false,"
          + "\"published\":\"2025-03-02T09:00:00Z\",\"updated\":\"2025-03-02T09:00:00Z\","
          + "\"score\":0.61}],\"page\":1,\"size\":20,\"totalItems\":1,\"totalPages\":1,"
          + "\"facets\":{\"kind\":[{\"value\":\"PROJECT\",\"label\":null,\"count\":1}],"
          + "\"theme\":[{\"value\":\"food\",\"label\":\"Alimentation\",\"count\":1}]},"
          + "\"corrections\":{\"jardni\":\"jardin\"},\"someWordsOnly\":false}";

  @Inject NetworkSearch search;
  @Inject Taxonomy taxonomy;
  @Context SecurityContext security;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Search this territory and the network",
      description =
          "Every word must match, ignoring accents and plurals; a word the index does not know is"
              + " also searched as the nearest known word (listed in corrections). When nothing"
              + " has every word, results with half of them at least come back, most words first,"
              + " with someWordsOnly true. Filters of one"
              + " parameter combine with OR (repeat it), different parameters with AND. Anonymous"
              + " callers find this node's public objects and peers' PUBLIC ones whose territory"
              + " consents to indexing; signed-in members also NETWORK copies.")
  @APIResponse(
      responseCode = "200",
      description = "One page of results with facet counts",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Jardins", value = RESULTS_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      description = "Query too long, unknown kind, theme or support mode, bad page or size")
  public SearchResultsDocument search(
      @Parameter(description = "Words to find, at most 200 characters", example = "jardin partagé")
          @QueryParam("q")
          String q,
      @Parameter(
              description = "PROJECT, METHOD_SHEET, SOLUTION, CHALLENGE or EVENT (repeatable)",
              example = "PROJECT")
          @QueryParam("kind")
          List<String> kinds,
      @Parameter(description = "Theme key, sub-themes included (repeatable)", example = "food")
          @QueryParam("theme")
          List<String> themes,
      @Parameter(
              description = "Territory actor URI (repeatable)",
              example = "https://essaim.lons.example/actors/territory")
          @QueryParam("territory")
          List<String> territories,
      @Parameter(description = "Region name (repeatable)", example = "Grand Est")
          @QueryParam("region")
          List<String> regions,
      @Parameter(description = "Project stage key (repeatable)", example = "launch")
          @QueryParam("stage")
          List<String> stages,
      @Parameter(description = "Legal form key of the carrier (repeatable)", example = "SCIC")
          @QueryParam("legalForm")
          List<String> legalForms,
      @Parameter(description = "Support mode key (repeatable)", example = "incubation")
          @QueryParam("supportMode")
          List<String> supportModes,
      @Parameter(
              description = "true: transferable solutions and the projects they come from",
              example = "true")
          @QueryParam("transferable")
          List<String> transferable,
      @Parameter(description = "relevance (default) or recent", example = "relevance")
          @QueryParam("sort")
          String sort,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size) {
    PageRequest request = PageRequest.parse(page, size);
    Map<SearchFacet, List<String>> filters = new EnumMap<>(SearchFacet.class);
    filters.put(SearchFacet.KIND, kinds);
    filters.put(SearchFacet.THEME, themes);
    filters.put(SearchFacet.TERRITORY, territories);
    filters.put(SearchFacet.REGION, regions);
    filters.put(SearchFacet.STAGE, stages);
    filters.put(SearchFacet.LEGAL_FORM, legalForms);
    filters.put(SearchFacet.SUPPORT_MODE, supportModes);
    filters.put(SearchFacet.TRANSFERABLE, transferable);
    SearchResults results =
        search.search(
            q,
            filters,
            security.getUserPrincipal() != null,
            QueryParams.enumValue("sort", SearchSort.class, sort).orElse(SearchSort.RELEVANCE),
            request);
    Map<String, List<FacetValueDocument>> facets = new LinkedHashMap<>();
    results
        .facets()
        .forEach(
            (facet, counts) ->
                facets.put(
                    NetworkSearch.parameter(facet),
                    counts.stream().map(c -> facetValue(facet, c)).toList()));
    long pages = (results.total() + request.size() - 1) / request.size();
    return new SearchResultsDocument(
        results.hits().stream().map(SearchHitDocument::of).toList(),
        request.page(),
        request.size(),
        results.total(),
        pages,
        facets,
        results.corrections(),
        results.someWordsOnly());
  }

  private FacetValueDocument facetValue(SearchFacet facet, FacetCount count) {
    String label = count.label();
    TaxonomyScheme scheme =
        switch (facet) {
          case THEME -> TaxonomyScheme.THEMES;
          case SUPPORT_MODE -> TaxonomyScheme.SUPPORT_MODES;
          case STAGE -> TaxonomyScheme.PROJECT_STAGES;
          case LEGAL_FORM -> TaxonomyScheme.LEGAL_FORMS;
          default -> null;
        };
    if (scheme != null) {
      label = taxonomy.find(scheme, count.value()).map(Concept::labelFr).orElse(null);
    }
    return new FacetValueDocument(count.value(), label, count.count());
  }
}
