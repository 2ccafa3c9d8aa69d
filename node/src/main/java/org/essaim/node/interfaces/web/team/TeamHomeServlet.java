// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.DreamService;
import org.essaim.node.application.DreamView;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.federation.exchanges.ExchangeService;
import org.essaim.node.domain.model.dream.DreamState;
import org.essaim.node.domain.model.exchange.ExchangeState;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebPage;

/** {@code /team}: the team's entry page, the dreams waiting for moderation, newest first. */
@WebServlet("/team")
public class TeamHomeServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  @Inject transient DreamService dreams;
  @Inject transient Taxonomy taxonomy;
  @Inject transient ExchangeService exchanges;

  /** A dream to moderate, in words. */
  public record PendingDream(long id, String text, List<String> themes) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireTeam(request, response)) {
      return;
    }
    Locale locale = Languages.of(request);
    Page<DreamView> pending =
        dreams.listForTeam(
            Optional.empty(),
            Optional.of(DreamState.SUBMITTED),
            Optional.empty(),
            Optional.empty(),
            true,
            new PageRequest(1, 20));
    render(
        request,
        response,
        "team",
        Map.of(
            "section", "team",
            "pendingCount", pending.totalItems(),
            "contributionsPending",
                exchanges
                    .received(null, ExchangeState.PENDING, null, new PageRequest(1, 1))
                    .totalItems(),
            "pending",
                pending
                    .map(
                        d ->
                            new PendingDream(
                                d.id(), d.text(), Labels.themes(taxonomy, d.themes(), locale)))
                    .items()));
  }
}
