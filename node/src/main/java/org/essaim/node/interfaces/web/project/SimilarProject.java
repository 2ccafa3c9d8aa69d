// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.project;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.essaim.node.application.federation.copies.NetworkObjects;
import org.essaim.node.domain.model.search.SearchEntry;
import org.essaim.node.domain.model.search.SearchOrigin;
import org.essaim.node.domain.model.search.SimilarResult;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.network.NetworkLinks;

/**
 * A project suggested as similar, attributed to its territory, with what it shares with the project
 * shown (themes, support modes, key words): the explanation the similarity service gives.
 */
public record SimilarProject(
    String title,
    String href,
    String summary,
    String territory,
    String territoryHref,
    boolean local,
    String shared) {

  /** Key words shown at most, strongest first. */
  private static final int TERMS_SHOWN = 5;

  public static SimilarProject of(
      SimilarResult result, Taxonomy taxonomy, Locale locale, Map<URI, Long> copies) {
    SearchEntry e = result.entry();
    List<String> shared = new ArrayList<>();
    result.match().sharedThemes().stream()
        .map(k -> Labels.concept(taxonomy, TaxonomyScheme.THEMES, k, locale))
        .forEach(shared::add);
    result.match().sharedSupportModes().stream()
        .map(k -> Labels.concept(taxonomy, TaxonomyScheme.SUPPORT_MODES, k, locale))
        .forEach(shared::add);
    result.match().sharedTerms().stream().limit(TERMS_SHOWN).forEach(shared::add);
    return new SimilarProject(
        e.title(),
        NetworkLinks.page(e, copies),
        e.summary(),
        e.territoryName(),
        NetworkLinks.territory(e),
        e.origin() == SearchOrigin.LOCAL,
        shared.isEmpty() ? null : String.join(", ", shared));
  }

  /**
   * The suggestions in words, each leading to its copy's page here when this node holds one (the
   * origin stays linked from there), otherwise to its origin.
   */
  public static List<SimilarProject> all(
      List<SimilarResult> results,
      NetworkObjects copies,
      boolean signedIn,
      Taxonomy taxonomy,
      Locale locale) {
    Map<URI, Long> copyIds =
        copies.copyIds(results.stream().map(r -> r.entry().objectUri()).toList(), signedIn);
    return results.stream().map(r -> of(r, taxonomy, locale, copyIds)).toList();
  }
}
