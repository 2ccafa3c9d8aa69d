// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.solution;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.Page;
import org.essaim.node.application.TransferableSolutionService;
import org.essaim.node.application.TransferableSolutionView;
import org.essaim.node.domain.model.solution.TransferableSolutionDescription;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * {@code /solutions}: the published transferable solutions (« solutions essaimables ») the public
 * may read; {@code /solutions/3}: one, with what it takes to carry it elsewhere.
 */
@WebServlet({"/solutions", "/solutions/*"})
public class SolutionPagesServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  @Inject transient TransferableSolutionService solutions;
  @Inject transient Taxonomy taxonomy;

  /** A solution as a page shows it. */
  public record SolutionItem(
      long id,
      long projectId,
      String title,
      String problem,
      String model,
      String prerequisites,
      List<String> successFactors,
      List<String> watchPoints,
      String transferMode,
      String themes) {

    static SolutionItem of(TransferableSolutionView v, Taxonomy taxonomy, Locale locale) {
      TransferableSolutionDescription d = v.description();
      return new SolutionItem(
          v.id(),
          v.projectId(),
          d.title(),
          d.problemAddressed(),
          d.model(),
          d.prerequisites(),
          d.keySuccessFactors() == null ? List.of() : d.keySuccessFactors(),
          d.watchPoints() == null ? List.of() : d.watchPoints(),
          d.transferMode() == null
              ? null
              : WebMessages.text(locale, "solutions.mode." + d.transferMode().name()),
          String.join(", ", Labels.themes(taxonomy, d.themes(), locale)));
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = Languages.of(request);
    listOrDetail(
        request,
        response,
        () -> {
          Page<TransferableSolutionView> page =
              solutions.list(
                  false,
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  true,
                  page(request, 20));
          render(
              request,
              response,
              "solutions",
              listModel("solutions", "solutions", page, s -> SolutionItem.of(s, taxonomy, locale)));
        },
        id ->
            render(
                request,
                response,
                "solution",
                Map.of(
                    "section",
                    "solutions",
                    "solution",
                    SolutionItem.of(solutions.get(id, false), taxonomy, locale))));
  }
}
