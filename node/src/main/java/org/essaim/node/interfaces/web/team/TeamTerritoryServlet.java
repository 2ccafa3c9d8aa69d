// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.application.TerritoryProfileService;
import org.essaim.node.application.TerritoryView;
import org.essaim.node.domain.model.territory.LabelStatus;
import org.essaim.node.domain.model.territory.TerritoryProfile;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * {@code /team/territory} (administrators): what the territory says about itself in public — its
 * name and local brand (the site's name), country and time zone, perimeter, carrier organisations,
 * a role mailbox and website. The same service as {@code PUT /api/territory}.
 */
@WebServlet("/team/territory")
public class TeamTerritoryServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  /** The time zones of the network's territories: metropolitan, Luxembourg and overseas. */
  private static final List<String> ZONES =
      List.of(
          "Europe/Paris",
          "Europe/Luxembourg",
          "America/Cayenne",
          "America/Guadeloupe",
          "America/Martinique",
          "Indian/Reunion",
          "Indian/Mayotte",
          "America/Miquelon",
          "Pacific/Noumea",
          "Pacific/Tahiti",
          "Pacific/Wallis");

  private static final List<String> COUNTRIES = List.of("FR", "LU");

  @Inject transient TerritoryProfileService profiles;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireAdmin(request, response)) {
      return;
    }
    TerritoryView current = profiles.current();
    String notice = doneNotice(request, "teamTerritory.done.", "saved");
    show(
        request,
        response,
        HttpServletResponse.SC_OK,
        TerritoryForm.of(current.profile()),
        current.version(),
        notice,
        null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FormRefusal refusal =
        (status, formError) ->
            show(
                request,
                response,
                status,
                TerritoryForm.read(request),
                profiles.current().version(),
                null,
                formError);
    if (!acceptAdminPost(request, response, refusal)) {
      return;
    }
    long version = formNumber(request, "version");
    if (version < 0) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Locale locale = Languages.of(request);
    TerritoryForm form = TerritoryForm.read(request);
    Optional<TerritoryProfile> profile = form.validate(locale);
    if (profile.isEmpty()) {
      show(request, response, HttpServletResponse.SC_BAD_REQUEST, form, version, null, null);
      return;
    }
    try {
      profiles.describe(profile.get(), OptionalLong.of(version));
    } catch (StaleVersionException e) {
      show(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          form,
          profiles.current().version(),
          null,
          WebMessages.text(locale, "teamTerritory.error.stale"));
      return;
    }
    redirect(request, response, "/team/territory?done=saved");
  }

  private void show(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      TerritoryForm form,
      long version,
      String notice,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    model.put("values", form.values());
    model.put("errors", form.errors());
    model.put("version", version);
    notices(model, notice, formError);
    String country = form.values().get("country");
    model.put(
        "countries",
        withCurrent(COUNTRIES, country).stream()
            .map(c -> new Choice(c, new Locale("", c).getDisplayCountry(locale), c.equals(country)))
            .toList());
    String zone = form.values().get("timeZone");
    model.put(
        "zones",
        withCurrent(ZONES, zone).stream().map(z -> new Choice(z, z, z.equals(zone))).toList());
    model.put(
        "statuses",
        Arrays.stream(LabelStatus.values())
            .map(
                s ->
                    new Choice(
                        s.name(),
                        WebMessages.text(locale, "national.status." + s.name()),
                        s.name().equals(form.values().get("labelStatus"))))
            .toList());
    render(request, response, status, "team-territory", model);
  }

  /** The usual choices, and the current value first when it is not one of them. */
  private static List<String> withCurrent(List<String> usual, String current) {
    if (current == null || current.isBlank() || usual.contains(current) || current.length() > 64) {
      return usual;
    }
    List<String> all = new ArrayList<>(usual);
    all.add(0, current);
    return all;
  }
}
