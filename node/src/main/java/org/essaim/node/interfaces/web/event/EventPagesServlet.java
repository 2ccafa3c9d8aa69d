// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.event;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.EventService;
import org.essaim.node.application.EventView;
import org.essaim.node.application.Page;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebPage;

/** {@code /events}: upcoming public events, soonest first; {@code /events/12}: one event. */
@WebServlet({"/events", "/events/*"})
public class EventPagesServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  @Inject transient EventService events;
  @Inject transient Taxonomy taxonomy;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = Languages.of(request);
    listOrDetail(
        request,
        response,
        () -> {
          Page<EventView> page =
              events.list(
                  false,
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(LocalDate.now(events.defaultTimeZone())),
                  Optional.empty(),
                  Optional.empty(),
                  false,
                  page(request, 20));
          render(
              request,
              response,
              "events",
              listModel("events", "events", page, e -> EventItem.of(e, taxonomy, locale)));
        },
        id ->
            render(
                request,
                response,
                "event",
                Map.of(
                    "section",
                    "events",
                    "event",
                    EventItem.of(events.get(id, false), taxonomy, locale))));
  }
}
