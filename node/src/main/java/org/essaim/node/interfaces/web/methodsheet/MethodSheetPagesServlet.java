// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.methodsheet;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.MethodSheetService;
import org.essaim.node.application.MethodSheetView;
import org.essaim.node.application.Page;
import org.essaim.node.domain.model.methodsheet.MethodSheetSearch;
import org.essaim.node.domain.model.methodsheet.MethodSheetState;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * {@code /method-sheets}: the published sheets the public may read; {@code /method-sheets/3}: one,
 * its body as the sanitised HTML rendered when it was written (ADR 0009).
 */
@WebServlet({"/method-sheets", "/method-sheets/*"})
public class MethodSheetPagesServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  @Inject transient MethodSheetService sheets;
  @Inject transient Taxonomy taxonomy;

  /** A sheet as a page shows it; {@code bodyHtml} is already sanitised. */
  public record SheetItem(
      long id,
      String title,
      String summary,
      String steps,
      String themes,
      String referent,
      String licence,
      boolean deprecated,
      String bodyHtml) {

    static SheetItem of(MethodSheetView v, Taxonomy taxonomy, Locale locale) {
      return new SheetItem(
          v.id(),
          v.text().title(),
          v.text().summary(),
          String.join(
              ", ",
              v.description().methodSteps().stream()
                  .map(s -> WebMessages.text(locale, "teamSheets.step." + s.name()))
                  .toList()),
          String.join(", ", Labels.themes(taxonomy, v.description().themes(), locale)),
          v.description().referentTerritory(),
          v.description().licence().spdxId(),
          v.state() == MethodSheetState.DEPRECATED,
          v.bodyHtml());
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
          Page<MethodSheetView> page =
              sheets.list(
                  false,
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  MethodSheetSearch.Order.UPDATED_DESC,
                  page(request, 20));
          render(
              request,
              response,
              "method-sheets",
              listModel("sheets", "sheets", page, s -> SheetItem.of(s, taxonomy, locale)));
        },
        id ->
            render(
                request,
                response,
                "method-sheet",
                Map.of(
                    "section",
                    "sheets",
                    "sheet",
                    SheetItem.of(sheets.get(id, false), taxonomy, locale))));
  }
}
