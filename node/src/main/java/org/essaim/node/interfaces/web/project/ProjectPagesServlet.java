// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.project;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.Page;
import org.essaim.node.application.ProjectService;
import org.essaim.node.application.ProjectView;
import org.essaim.node.application.federation.copies.NetworkObjects;
import org.essaim.node.application.search.SimilarObjects;
import org.essaim.node.domain.model.search.SimilarResult;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebPage;

/** {@code /projects}: the public projects; {@code /projects/3}: one, with its stage and themes. */
@WebServlet({"/projects", "/projects/*"})
public class ProjectPagesServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  @Inject transient ProjectService projects;
  @Inject transient Taxonomy taxonomy;
  @Inject transient SimilarObjects similar;
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
          ProjectItem project = ProjectItem.of(projects.get(id, false), taxonomy, locale);
          render(
              request,
              response,
              "project",
              Map.of(
                  "section",
                  "projects",
                  "project",
                  project,
                  "similar",
                  similar(id, request.getUserPrincipal() != null, locale)));
        });
  }

  /** The similar projects, a peer's one leading to its copy's page here. */
  private List<SimilarProject> similar(long id, boolean signedIn, Locale locale) {
    List<SimilarResult> results =
        similar.similarToProject(id, false, signedIn, Integer.toString(SIMILAR_SHOWN));
    Map<URI, Long> copies =
        copyIds.copyIds(results.stream().map(r -> r.entry().objectUri()).toList(), signedIn);
    return results.stream().map(r -> SimilarProject.of(r, taxonomy, locale, copies)).toList();
  }
}
