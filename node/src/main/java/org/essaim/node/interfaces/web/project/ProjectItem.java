// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.project;

import java.util.List;
import java.util.Locale;
import org.essaim.node.application.ProjectView;
import org.essaim.node.domain.model.project.ProjectDescription;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.WebMessages;

/** A project as a page shows it. */
public record ProjectItem(
    long id,
    String title,
    String summary,
    String description,
    String stage,
    String status,
    String commune,
    List<String> themes,
    boolean pepite) {

  public static ProjectItem of(ProjectView view, Taxonomy taxonomy, Locale locale) {
    ProjectDescription d = view.description();
    return new ProjectItem(
        view.id(),
        d.title(),
        d.summary(),
        d.description(),
        Labels.concept(taxonomy, TaxonomyScheme.PROJECT_STAGES, view.stage().key(), locale),
        WebMessages.text(locale, "project.status." + view.status().name()),
        d.location() == null ? null : d.location().label(),
        Labels.themes(taxonomy, d.themes(), locale),
        d.pepite());
  }
}
