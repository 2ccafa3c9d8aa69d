// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.network;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.federation.copies.NetworkObjects;
import org.essaim.node.application.search.NetworkSearch;
import org.essaim.node.domain.model.search.FacetCount;
import org.essaim.node.domain.model.search.SearchEntry;
import org.essaim.node.domain.model.search.SearchFacet;
import org.essaim.node.domain.model.search.SearchHit;
import org.essaim.node.domain.model.search.SearchOrigin;
import org.essaim.node.domain.model.search.SearchResults;
import org.essaim.node.domain.model.search.SearchSort;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.interfaces.rest.search.SearchHitDocument;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;
import org.essaim.node.interfaces.web.network.SearchPageItems.ActiveFilter;
import org.essaim.node.interfaces.web.network.SearchPageItems.Facet;
import org.essaim.node.interfaces.web.network.SearchPageItems.FacetValue;
import org.essaim.node.interfaces.web.network.SearchPageItems.Hit;
import org.essaim.node.interfaces.web.network.SearchPageItems.SortChoice;

/**
 * {@code /network/search}: the network search as a GET form (works without JavaScript), facets as
 * links with their counts, the filters in force removable one by one, relevance or recent order,
 * pages. The same service and rights as {@code GET /api/search}: a visitor finds public objects, a
 * signed-in member also what the network shares with members.
 */
@WebServlet("/network/search")
public class NetworkSearchServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/network/search";
  private static final int PAGE_SIZE = 20;

  @Inject transient NetworkSearch search;
  @Inject transient Taxonomy taxonomy;
  @Inject transient NetworkObjects copyIds;

  /** One query parameter, in the order the address gives them. */
  record Param(String name, String value) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = Languages.of(request);
    String q = request.getParameter("q");
    q = q == null ? "" : q.strip();
    SearchSort sort =
        "recent".equals(request.getParameter("sort")) ? SearchSort.RECENT : SearchSort.RELEVANCE;
    // The filters in force, in their address order, so links keep them as they were.
    List<Param> filters = new ArrayList<>();
    Map<SearchFacet, List<String>> byFacet = new EnumMap<>(SearchFacet.class);
    for (SearchFacet facet : SearchFacet.values()) {
      String name = NetworkSearch.parameter(facet);
      String[] values = request.getParameterValues(name);
      List<String> kept = new ArrayList<>();
      if (values != null) {
        for (String value : values) {
          if (value != null && !value.isBlank() && !kept.contains(value.strip())) {
            kept.add(value.strip());
            filters.add(new Param(name, value.strip()));
          }
        }
      }
      byFacet.put(facet, kept);
    }
    PageRequest page = page(request, PAGE_SIZE);
    Map<String, Object> model = new HashMap<>();
    model.put("section", "network");
    model.put("q", q);
    model.put("recent", sort == SearchSort.RECENT);
    SearchResults results;
    try {
      results = search.search(q, byFacet, request.getUserPrincipal() != null, sort, page);
    } catch (InvalidInputException e) {
      // Too long a query or an unknown filter value (an address typed by hand): said next to the
      // box.
      model.put(
          "queryError",
          WebMessages.text(
              locale,
              e.errors().stream().anyMatch(f -> f.field().equals("q"))
                  ? "search.error.tooLong"
                  : "search.error.filter",
              NetworkSearch.MAX_TEXT));
      model.put("searched", false);
      render(request, response, HttpServletResponse.SC_BAD_REQUEST, "network-search", model);
      return;
    }
    String finalQ = q;
    model.put("searched", !q.isEmpty() || !filters.isEmpty());
    model.put("total", results.total());
    model.put("someWordsOnly", results.someWordsOnly());
    model.put(
        "corrected",
        corrected(
            q,
            results.corrections(),
            markedWords(results.hits().stream().map(SearchHit::snippet).toList())));
    Map<java.net.URI, Long> copies =
        copyIds.copyIds(
            results.hits().stream().map(h -> h.entry().objectUri()).toList(),
            request.getUserPrincipal() != null);
    model.put(
        "hits",
        results.hits().stream()
            .map(
                h -> {
                  SearchEntry e = h.entry();
                  return new Hit(
                      e.title(),
                      NetworkLinks.page(e, copies),
                      e.origin() == SearchOrigin.LOCAL,
                      WebMessages.text(locale, "search.kind." + e.kind().name()),
                      e.summary(),
                      SearchHitDocument.snippet(h.snippet()),
                      e.territoryName(),
                      NetworkLinks.territory(e),
                      e.region(),
                      Labels.themes(taxonomy, mostSpecific(e.themes()), locale));
                })
            .toList());
    List<Facet> facets = new ArrayList<>();
    List<ActiveFilter> active = new ArrayList<>();
    for (SearchFacet facet : SearchFacet.values()) {
      String name = NetworkSearch.parameter(facet);
      List<FacetCount> counts = results.facets().getOrDefault(facet, List.of());
      List<FacetValue> values = new ArrayList<>();
      for (FacetCount count : counts) {
        Param param = new Param(name, count.value());
        boolean on = filters.contains(param);
        values.add(
            new FacetValue(
                label(facet, count.value(), count.label(), locale),
                count.count(),
                on,
                link(finalQ, toggled(filters, param), sort, 1)));
      }
      for (Param param : filters) {
        if (param.name().equals(name)) {
          String label =
              counts.stream()
                  .filter(c -> c.value().equals(param.value()))
                  .findFirst()
                  .map(c -> label(facet, c.value(), c.label(), locale))
                  .orElseGet(() -> label(facet, param.value(), null, locale));
          active.add(
              new ActiveFilter(
                  WebMessages.text(locale, "search.facet." + name),
                  label,
                  link(finalQ, toggled(filters, param), sort, 1)));
        }
      }
      if (!values.isEmpty()) {
        facets.add(new Facet(name, WebMessages.text(locale, "search.facet." + name), values));
      }
    }
    model.put("facets", facets);
    model.put("active", active);
    model.put(
        "sorts",
        List.of(
            new SortChoice(
                WebMessages.text(locale, "search.sort.relevance"),
                link(q, filters, SearchSort.RELEVANCE, 1),
                sort == SearchSort.RELEVANCE),
            new SortChoice(
                WebMessages.text(locale, "search.sort.recent"),
                link(q, filters, SearchSort.RECENT, 1),
                sort == SearchSort.RECENT)));
    model.put("filters", filters);
    long pages = (results.total() + PAGE_SIZE - 1) / PAGE_SIZE;
    model.put("page", page.page());
    model.put("pages", pages);
    model.put("previous", page.page() > 1 ? link(q, filters, sort, page.page() - 1) : null);
    model.put("next", page.page() < pages ? link(q, filters, sort, page.page() + 1) : null);
    render(request, response, "network-search", model);
  }

  /**
   * The query as searched: each unknown word replaced by the known word searched instead. The index
   * corrects to stems (« epicer »): a word the results mark that has the stem reads better («
   * épicerie »), so it is used when there is one.
   *
   * @param marked the words marked in the results' snippets
   */
  static String corrected(String q, Map<String, String> corrections, List<String> marked) {
    if (corrections.isEmpty()) {
      return null;
    }
    Map<String, String> readable = new HashMap<>();
    corrections.forEach(
        (word, stem) ->
            readable.put(
                word,
                marked.stream()
                    .filter(m -> plain(m).startsWith(stem))
                    .findFirst()
                    .map(m -> m.toLowerCase(Locale.ROOT))
                    .orElse(stem)));
    String[] words = q.split("\\s+");
    boolean replaced = false;
    for (int i = 0; i < words.length; i++) {
      String fix = readable.get(words[i].toLowerCase(Locale.ROOT));
      if (fix == null) {
        fix = readable.get(plain(words[i]));
      }
      if (fix != null) {
        words[i] = fix;
        replaced = true;
      }
    }
    // Words the index split otherwise: the searched words themselves.
    return replaced ? String.join(" ", words) : String.join(" ", readable.values());
  }

  /** The words between the index's match markers. */
  static List<String> markedWords(List<String> snippets) {
    List<String> words = new ArrayList<>();
    for (String snippet : snippets) {
      if (snippet == null) {
        continue;
      }
      int start = snippet.indexOf(SearchHit.MARK_START);
      while (start >= 0) {
        int end = snippet.indexOf(SearchHit.MARK_END, start);
        if (end < 0) {
          break;
        }
        words.add(snippet.substring(start + 1, end));
        start = snippet.indexOf(SearchHit.MARK_START, end);
      }
    }
    return words;
  }

  /** Lower case without accents, as the index compares words. */
  private static String plain(String word) {
    return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }

  /** A theme list without the ancestors the index adds, so a result names what it is about. */
  private static List<String> mostSpecific(List<String> themes) {
    return themes.stream()
        .filter(t -> themes.stream().noneMatch(o -> o.startsWith(t + ".")))
        .collect(Collectors.toList());
  }

  private String label(SearchFacet facet, String value, String given, Locale locale) {
    return switch (facet) {
      case KIND -> WebMessages.text(locale, "search.kind." + value);
      case THEME -> Labels.concept(taxonomy, TaxonomyScheme.THEMES, value, locale);
      case SUPPORT_MODE -> Labels.concept(taxonomy, TaxonomyScheme.SUPPORT_MODES, value, locale);
      case STAGE -> Labels.concept(taxonomy, TaxonomyScheme.PROJECT_STAGES, value, locale);
      case LEGAL_FORM -> Labels.concept(taxonomy, TaxonomyScheme.LEGAL_FORMS, value, locale);
      case TRANSFERABLE -> WebMessages.text(locale, "search.transferable." + value);
      default -> given == null || given.isBlank() ? value : given;
    };
  }

  private static List<Param> toggled(List<Param> filters, Param param) {
    List<Param> changed = new ArrayList<>(filters);
    if (!changed.remove(param)) {
      changed.add(param);
    }
    return changed;
  }

  /** The address of the page for this query, these filters, this order and page. */
  static String link(String q, List<Param> filters, SearchSort sort, long page) {
    List<Param> all = new ArrayList<>();
    if (!q.isEmpty()) {
      all.add(new Param("q", q));
    }
    all.addAll(filters);
    if (sort == SearchSort.RECENT) {
      all.add(new Param("sort", "recent"));
    }
    if (page > 1) {
      all.add(new Param("page", Long.toString(page)));
    }
    if (all.isEmpty()) {
      return PATH;
    }
    return PATH
        + "?"
        + all.stream()
            .map(
                p ->
                    URLEncoder.encode(p.name(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(p.value(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }
}
