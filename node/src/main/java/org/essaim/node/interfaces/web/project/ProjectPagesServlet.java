// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.project;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.OrganizationService;
import org.essaim.node.application.Page;
import org.essaim.node.application.ProjectService;
import org.essaim.node.application.ProjectView;
import org.essaim.node.application.federation.copies.NetworkObjects;
import org.essaim.node.application.search.SimilarObjects;
import org.essaim.node.domain.model.project.ProjectDescription;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/** {@code /projects}: the public projects; {@code /projects/3}: one, with its stage and themes. */
@WebServlet({"/projects", "/projects/*"})
public class ProjectPagesServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  @Inject transient ProjectService projects;
  @Inject transient Taxonomy taxonomy;
  @Inject transient SimilarObjects similar;
  @Inject transient OrganizationService organizations;
  @Inject transient NetworkObjects copyIds;

  /** How many similar projects a project's page suggests. */
  private static final int SIMILAR_SHOWN = 5;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = Languages.of(request);
    listOrDetail(
        request,
        response,
        () -> {
          Page<ProjectView> page =
              projects.list(
                  false,
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  true,
                  page(request, 20));
          render(
              request,
              response,
              "projects",
              listModel("projects", "projects", page, p -> ProjectItem.of(p, taxonomy, locale)));
        },
        id -> {
          ProjectView view = projects.get(id, false);
          ProjectItem project = ProjectItem.of(view, taxonomy, locale);
          render(
              request,
              response,
              "project",
              Map.of(
                  "section",
                  "projects",
                  "project",
                  project,
                  "organizations",
                  organizations(view.description(), locale),
                  "fundings",
                  ProjectFigures.fundings(view.description(), taxonomy, locale),
                  "impacts",
                  ProjectFigures.impacts(view.description(), taxonomy, locale),
                  "similar",
                  similar(id, request.getUserPrincipal() != null, locale)));
        });
  }

  /**
   * The carrier and partner organisations' names; the service has already left out those the public
   * may not read.
   */
  private List<String> organizations(ProjectDescription d, Locale locale) {
    List<String> names = new ArrayList<>();
    if (d.carrierOrganizationId() != null) {
      name(d.carrierOrganizationId())
          .ifPresent(n -> names.add(WebMessages.text(locale, "project.carrier", n)));
    }
    d.partnerOrganizationIds().forEach(o -> name(o).ifPresent(names::add));
    return names;
  }

  private Optional<String> name(long organization) {
    try {
      return Optional.of(organizations.get(organization, false).profile().name());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** The similar projects, a peer's one leading to its copy's page here. */
  private List<SimilarProject> similar(long id, boolean signedIn, Locale locale) {
    return SimilarProject.all(
        similar.similarToProject(id, false, signedIn, Integer.toString(SIMILAR_SHOWN)),
        copyIds,
        signedIn,
        taxonomy,
        locale);
  }
}
