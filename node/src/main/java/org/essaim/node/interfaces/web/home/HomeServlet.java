// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.home;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.CampaignService;
import org.essaim.node.application.CampaignView;
import org.essaim.node.application.EventService;
import org.essaim.node.application.KeyFiguresService;
import org.essaim.node.application.PageRequest;
import org.essaim.node.domain.model.campaign.CampaignState;
import org.essaim.node.domain.model.figures.Count;
import org.essaim.node.domain.model.figures.KeyFigures;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;
import org.essaim.node.interfaces.web.event.EventItem;

/** {@code /}: the territory, its campaign underway, its key figures and the next events. */
@WebServlet("")
public class HomeServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  @Inject transient CampaignService campaigns;
  @Inject transient KeyFiguresService figures;
  @Inject transient EventService events;
  @Inject transient Taxonomy taxonomy;

  /** A key figure: its label and its value, or a dash when too small to publish. */
  public record Figure(String label, String value) {}

  /** The campaign underway, in words. */
  public record CampaignItem(
      String name, String brand, String state, String period, boolean collecting) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, Object> model = new HashMap<>();
    model.put("section", "home");
    current().map(c -> campaign(c, locale)).ifPresent(c -> model.put("campaign", c));
    model.put("figures", figures(figures.current(), locale));
    model.put(
        "events",
        events
            .list(
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.of(LocalDate.now(events.defaultTimeZone())),
                Optional.empty(),
                Optional.empty(),
                false,
                new PageRequest(1, 3))
            .map(e -> EventItem.of(e, taxonomy, locale))
            .items());
    render(request, response, "home", model);
  }

  /** The campaign collecting dreams, else the latest one started that is not closed. */
  private Optional<CampaignView> current() {
    List<CampaignView> open =
        campaigns.list(false, null, new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
            .filter(c -> c.state() != CampaignState.CLOSED)
            .toList();
    return open.stream()
        .filter(c -> c.state() == CampaignState.COLLECTING_DREAMS)
        .findFirst()
        .or(() -> open.stream().max(Comparator.comparing(c -> c.description().startDate())));
  }

  private static CampaignItem campaign(CampaignView view, Locale locale) {
    String period = Labels.date(view.description().startDate(), locale);
    if (view.description().endDate() != null) {
      period += " – " + Labels.date(view.description().endDate(), locale);
    }
    return new CampaignItem(
        view.description().name(),
        view.description().localBrandName(),
        WebMessages.text(locale, "campaign.state." + view.state().name()),
        period,
        view.state() == CampaignState.COLLECTING_DREAMS);
  }

  private static List<Figure> figures(KeyFigures f, Locale locale) {
    List<Figure> rows = new ArrayList<>();
    rows.add(figure(locale, "figures.dreams", f.dreamsReceived()));
    rows.add(figure(locale, "figures.challenges", Count.of(f.challengesWorked())));
    rows.add(figure(locale, "figures.evenings", Count.of(f.eveningsHeld())));
    rows.add(figure(locale, "figures.participations", f.participations()));
    rows.add(figure(locale, "figures.projects", Count.of(f.projectsSupported())));
    return rows;
  }

  private static Figure figure(Locale locale, String key, Count count) {
    return new Figure(
        WebMessages.text(locale, key),
        count.isSuppressed()
            ? WebMessages.text(locale, "figures.suppressed")
            : String.format(locale, "%,d", count.value().getAsLong()));
  }
}
