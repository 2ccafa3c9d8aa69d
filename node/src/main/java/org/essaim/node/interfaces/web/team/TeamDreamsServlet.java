// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.essaim.node.application.DreamService;
import org.essaim.node.application.DreamView;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.Page;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.domain.model.dream.DreamState;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * {@code /team/dreams}: the moderation queue (SUBMITTED dreams, oldest first so none waits
 * forever), each with the dreams it resembles and two buttons: publish or reject. The same service
 * and transitions as {@code POST /api/moderation/dreams/{id}/transitions}.
 */
@WebServlet("/team/dreams")
public class TeamDreamsServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  /** How many resembling dreams each queued dream shows. */
  private static final int SIMILAR_SHOWN = 3;

  /** The decisions the queue offers, as the form sends them. */
  private static final List<DreamState> DECISIONS =
      List.of(DreamState.PUBLISHED, DreamState.REJECTED);

  @Inject transient DreamService dreams;
  @Inject transient Taxonomy taxonomy;

  /** A dream resembling a queued one. */
  public record Resembling(long id, String text, String state) {}

  /** A queued dream in words, with its version for the decision form. */
  public record Queued(
      long id,
      long version,
      String text,
      List<String> themes,
      String contributor,
      String submitted,
      List<Resembling> similar) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireTeam(request, response)) {
      return;
    }
    String notice =
        doneNotice(
            request,
            "moderation.done.",
            DECISIONS.stream().map(DreamState::name).toArray(String[]::new));
    show(request, response, HttpServletResponse.SC_OK, notice, null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!acceptTeamPost(
        request,
        response,
        (status, formError) -> show(request, response, status, null, formError))) {
      return;
    }
    Locale locale = Languages.of(request);
    long id = formNumber(request, "dream");
    long version = formNumber(request, "version");
    Optional<DreamState> decision =
        DECISIONS.stream().filter(d -> d.name().equals(request.getParameter("decision"))).findAny();
    if (id < 0 || version < 0 || decision.isEmpty()) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    try {
      dreams.moveTo(id, decision.get(), Optional.empty(), OptionalLong.of(version));
    } catch (IllegalTransitionException | StaleVersionException e) {
      // Someone else decided first: the queue shows where things stand now.
      show(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          null,
          WebMessages.text(locale, "moderation.error.conflict"));
      return;
    } catch (NotFoundException e) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    redirect(request, response, "/team/dreams?done=" + decision.get().name());
  }

  private void show(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String notice,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    Page<DreamView> queue =
        dreams.listForTeam(
            Optional.empty(),
            Optional.of(DreamState.SUBMITTED),
            Optional.empty(),
            Optional.empty(),
            false,
            page(request, 20));
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    model.put("total", queue.totalItems());
    model.put("dreams", queue.map(d -> queued(d, locale)).items());
    model.put("page", queue.page());
    model.put("pages", queue.totalPages());
    notices(model, notice, formError);
    render(request, response, status, "team-dreams", model);
  }

  private Queued queued(DreamView d, Locale locale) {
    return new Queued(
        d.id(),
        d.version(),
        d.text(),
        Labels.themes(taxonomy, d.themes(), locale),
        WebMessages.text(locale, "dream.contributor." + d.contributorType().name()),
        day(d.submittedAt(), locale),
        dreams.similarTo(d.id()).stream()
            .limit(SIMILAR_SHOWN)
            .map(
                s ->
                    new Resembling(
                        s.id(),
                        s.text(),
                        WebMessages.text(locale, "moderation.state." + s.state().name())))
            .toList());
  }
}
