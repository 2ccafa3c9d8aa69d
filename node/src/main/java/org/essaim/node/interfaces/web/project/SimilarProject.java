// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.project;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
}
