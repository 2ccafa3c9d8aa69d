// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.PageRequest;
import org.essaim.node.domain.model.search.SearchFacet;
import org.essaim.node.domain.model.search.SearchIndex;
import org.essaim.node.domain.model.search.SearchKind;
import org.essaim.node.domain.model.search.SearchQuery;
import org.essaim.node.domain.model.search.SearchResults;
import org.essaim.node.domain.model.search.SearchSort;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;

/**
 * Searches this node's objects and the copies of its peers' ones. Anonymous callers find what is
 * public (this node's public and node-public objects, peers' PUBLIC objects that consent to
 * indexing); signed-in members find everything this node may show them.
 */
@ApplicationScoped
public class NetworkSearch {

  /** Longest query text. */
  public static final int MAX_TEXT = 200;

  /** Values accepted for one filter. */
  public static final int MAX_VALUES = 20;

  /** Longest filter value. */
  public static final int MAX_VALUE_LENGTH = 300;

  @Inject SearchIndex index;
  @Inject Taxonomy taxonomy;

  /**
   * Runs a search.
   *
   * @param text words, may be empty
   * @param filters values per facet as typed by the caller (checked here)
   * @param signedIn whether the caller is a signed-in member
   * @param sort order
   * @param page page and size
   * @throws InvalidInputException naming each bad parameter
   */
  public SearchResults search(
      String text,
      Map<SearchFacet, List<String>> filters,
      boolean signedIn,
      SearchSort sort,
      PageRequest page) {
    List<FieldError> errors = new ArrayList<>();
    if (text != null && text.length() > MAX_TEXT) {
      errors.add(new FieldError("q", "at most " + MAX_TEXT + " characters"));
    }
    Map<SearchFacet, Set<String>> checked = new EnumMap<>(SearchFacet.class);
    filters.forEach(
        (facet, values) -> {
          Set<String> kept = check(facet, values, errors);
          if (!kept.isEmpty()) {
            checked.put(facet, kept);
          }
        });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return index.search(
        new SearchQuery(text, checked, signedIn, sort, page.page() - 1, page.size()));
  }

  private Set<String> check(SearchFacet facet, List<String> values, List<FieldError> errors) {
    Set<String> kept = new LinkedHashSet<>();
    if (values == null) {
      return kept;
    }
    String field = parameter(facet);
    if (values.size() > MAX_VALUES) {
      errors.add(new FieldError(field, "at most " + MAX_VALUES + " values"));
      return kept;
    }
    for (String raw : values) {
      if (raw == null || raw.isBlank()) {
        continue;
      }
      String value = raw.strip();
      if (value.length() > MAX_VALUE_LENGTH) {
        errors.add(new FieldError(field, "at most " + MAX_VALUE_LENGTH + " characters"));
        continue;
      }
      String problem = problem(facet, value);
      if (problem != null) {
        errors.add(new FieldError(field, problem));
        continue;
      }
      kept.add(facet == SearchFacet.KIND ? value.toUpperCase(java.util.Locale.ROOT) : value);
    }
    return kept;
  }

  private String problem(SearchFacet facet, String value) {
    switch (facet) {
      case KIND:
        try {
          SearchKind.valueOf(value.toUpperCase(java.util.Locale.ROOT));
          return null;
        } catch (IllegalArgumentException e) {
          return "must be one of " + List.of(SearchKind.values());
        }
      case THEME:
        return taxonomy.contains(TaxonomyScheme.THEMES, value)
            ? null
            : "unknown theme \"" + value + "\" (see /api/taxonomy/themes)";
      case SUPPORT_MODE:
        return taxonomy.contains(TaxonomyScheme.SUPPORT_MODES, value)
            ? null
            : "unknown support mode \"" + value + "\" (see /api/taxonomy/support-modes)";
      case TRANSFERABLE:
        return value.equals("true") || value.equals("false") ? null : "must be true or false";
      default:
        return null;
    }
  }

  /** The query parameter that filters on a facet. */
  public static String parameter(SearchFacet facet) {
    switch (facet) {
      case KIND:
        return "kind";
      case THEME:
        return "theme";
      case TERRITORY:
        return "territory";
      case REGION:
        return "region";
      case STAGE:
        return "stage";
      case LEGAL_FORM:
        return "legalForm";
      case SUPPORT_MODE:
        return "supportMode";
      default:
        return "transferable";
    }
  }
}
