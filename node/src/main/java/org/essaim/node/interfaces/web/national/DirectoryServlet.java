// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.national;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.essaim.node.application.registry.PromoService;
import org.essaim.node.application.registry.PromoView;
import org.essaim.node.application.registry.RegistryService;
import org.essaim.node.application.registry.TerritoryEntryView;
import org.essaim.node.domain.model.registry.LabelStatus;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;

/**
 * {@code /network/territories} on the aggregator: the public directory ({@link
 * RegistryService#directory}, as {@code GET /api/network/territories}) as a map and a list. Each
 * territory is a numbered marker on its département (or Luxembourg, or the French Guiana inset)
 * linking to its entry in the list, where its label status, promo and parrain are written out.
 */
@WebServlet("/network/territories")
public class DirectoryServlet extends NationalPage {

  private static final long serialVersionUID = 1L;

  /** The most entries drawn at once (the network counts a few dozen territories). */
  @Inject transient RegistryService registry;

  @Inject transient PromoService promos;
  @Inject transient TerritoryMap map;

  /** A territory of the list, in words. */
  public record Entry(
      long id,
      int number,
      String name,
      String place,
      String status,
      boolean labelled,
      String labelDate,
      String promo,
      String sponsor,
      String site,
      boolean located) {}

  /** A marker on the map: where, its number, its words for assistive technologies. */
  public record Marker(long id, int number, double x, double y, boolean labelled, String text) {}

  /** An area of the map, marked when a territory lies in it. */
  public record Shape(String code, String path, boolean marked) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireAggregator(request, response)) {
      return;
    }
    Locale locale = Languages.of(request);
    String statusParameter = request.getParameter("status");
    LabelStatus status = null;
    if (statusParameter != null && !statusParameter.isBlank()) {
      Optional<LabelStatus> chosen =
          Arrays.stream(LabelStatus.values())
              .filter(s -> s.listedPublicly() && s.name().equals(statusParameter))
              .findFirst();
      if (chosen.isEmpty()) {
        error(request, response, HttpServletResponse.SC_BAD_REQUEST);
        return;
      }
      status = chosen.get();
    }
    LabelStatus chosenStatus = status;
    List<TerritoryEntryView> views =
        everyPage(page -> registry.directory(chosenStatus, null, null, largest(page)));
    Map<Long, String> promoNames =
        promos.list().stream().collect(Collectors.toMap(PromoView::id, p -> p.name(), (a, b) -> a));
    // A parrain is named by its actor; the directory knows the names of its territories.
    Map<URI, String> names = new HashMap<>();
    everyPage(page -> registry.directory(null, null, null, largest(page)))
        .forEach(v -> names.put(v.actor(), v.name()));

    List<Entry> entries = new ArrayList<>();
    List<Marker> markers = new ArrayList<>();
    Map<String, Integer> perArea = new HashMap<>();
    int number = 0;
    for (TerritoryEntryView v : views) {
      number++;
      String statusText = WebMessages.text(locale, "national.status." + v.labelStatus().name());
      Optional<TerritoryMap.Area> area = map.locate(v.country(), v.region(), v.department());
      if (area.isPresent()) {
        // Several territories in one département: side by side around its label point.
        int nth = perArea.merge(area.get().code(), 1, Integer::sum) - 1;
        double angle = nth * 2.1;
        double radius = nth == 0 ? 0 : 9 + 2 * nth;
        markers.add(
            new Marker(
                v.id(),
                number,
                Math.round((area.get().labelX() + radius * Math.cos(angle)) * 10) / 10.0,
                Math.round((area.get().labelY() + radius * Math.sin(angle)) * 10) / 10.0,
                v.labelStatus().labelled(),
                WebMessages.text(locale, "national.map.marker", number, v.name(), statusText)));
      }
      entries.add(
          new Entry(
              v.id(),
              number,
              v.name(),
              place(v),
              statusText,
              v.labelStatus().labelled(),
              v.labelDate() == null ? null : Labels.date(v.labelDate(), locale),
              v.promoId() == null ? null : promoNames.get(v.promoId()),
              v.sponsor() == null ? null : names.getOrDefault(v.sponsor(), v.sponsor().getHost()),
              site(v.actor()),
              area.isPresent()));
    }
    List<String> markedCodes =
        views.stream()
            .map(v -> map.locate(v.country(), v.region(), v.department()))
            .flatMap(Optional::stream)
            .map(TerritoryMap.Area::code)
            .distinct()
            .toList();
    Map<String, Object> model = new HashMap<>();
    model.put("section", "national");
    model.put("entries", entries);
    model.put("markers", markers);
    model.put(
        "shapes",
        map.areas().stream()
            .map(a -> new Shape(a.code(), a.path(), markedCodes.contains(a.code())))
            .toList());
    model.put("mapWidth", TerritoryMap.WIDTH);
    model.put("mapHeight", TerritoryMap.HEIGHT);
    model.put("unlocated", entries.stream().filter(e -> !e.located()).count());
    model.put(
        "statuses",
        Arrays.stream(LabelStatus.values())
            .filter(LabelStatus::listedPublicly)
            .map(
                s ->
                    new Choice(
                        s.name(),
                        WebMessages.text(locale, "national.status." + s.name()),
                        s.name().equals(statusParameter)))
            .toList());
    model.put("filtered", status != null);
    render(request, response, "national-directory", model);
  }

  private static String place(TerritoryEntryView v) {
    List<String> parts = new ArrayList<>();
    if (v.department() != null) {
      parts.add(v.department());
    }
    parts.add(v.region());
    if ("LU".equals(v.country()) && !v.region().equals("Luxembourg")) {
      parts.add("Luxembourg");
    }
    return parts.stream().distinct().collect(Collectors.joining(", "));
  }

  /** The territory's node: the origin of its actor. */
  private static String site(URI actor) {
    return actor.getScheme() + "://" + actor.getRawAuthority() + "/";
  }
}
