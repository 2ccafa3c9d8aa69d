// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.challenge;

import java.util.List;
import java.util.Locale;
import org.essaim.node.application.ChallengeView;
import org.essaim.node.application.GroupedDreamView;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.WebMessages;

/** A défi as a page shows it. */
public record ChallengeItem(
    long id,
    String title,
    String statement,
    String state,
    List<String> themes,
    List<String> dreams) {

  public static ChallengeItem of(ChallengeView view, Taxonomy taxonomy, Locale locale) {
    return new ChallengeItem(
        view.id(),
        view.description().title(),
        view.description().statement(),
        WebMessages.text(locale, "challenge.state." + view.state().name()),
        Labels.themes(taxonomy, view.description().themes(), locale),
        view.dreams().stream().map(GroupedDreamView::text).toList());
  }
}
