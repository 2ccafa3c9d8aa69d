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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.essaim.node.application.CampaignService;
import org.essaim.node.application.CampaignView;
import org.essaim.node.application.Page;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.domain.model.campaign.CampaignDescription;
import org.essaim.node.domain.model.campaign.CampaignState;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * The team's campaigns (« éditions » of the method, e.g. « Crépîte 2024 »): {@code /team/campaigns}
 * lists them with their step and the next one, {@code /team/campaigns/new} prepares one, {@code
 * /team/campaigns/12} edits its description. Dreams are only accepted while a campaign collects
 * them, so opening the collection is done here. The same service as {@code /api/campaigns}.
 */
@WebServlet({"/team/campaigns", "/team/campaigns/*"})
public class TeamCampaignsServlet extends WebPage {

  private static final long serialVersionUID = 1L;
  private static final Pattern PATH = Pattern.compile("/([1-9][0-9]{0,17})(/state)?");

  @Inject transient CampaignService campaigns;

  /** A campaign in the team's list, with the step it may take next. */
  public record TeamCampaign(
      long id,
      long version,
      String name,
      String brand,
      String subTerritory,
      String dates,
      String state,
      List<Choice> next) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireTeam(request, response)) {
      return;
    }
    String info = request.getPathInfo();
    if (info == null || info.equals("/")) {
      String notice = doneNotice(request, "teamCampaigns.done.", "created", "saved", "moved");
      showList(request, response, HttpServletResponse.SC_OK, notice, null);
      return;
    }
    if (info.equals("/new")) {
      showForm(request, response, HttpServletResponse.SC_OK, CampaignForm.blank(), null, null);
      return;
    }
    Matcher path = PATH.matcher(info);
    if (!path.matches() || path.group(2) != null) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    CampaignView view = campaigns.get(Long.parseLong(path.group(1)), true);
    showForm(request, response, HttpServletResponse.SC_OK, CampaignForm.of(view), view, null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String info = request.getPathInfo() == null ? "" : request.getPathInfo();
    Matcher path = PATH.matcher(info);
    boolean creating = info.equals("/new");
    boolean moving = path.matches() && path.group(2) != null;
    FormRefusal refusal =
        creating || !moving
            ? (status, formError) ->
                showForm(
                    request,
                    response,
                    status,
                    CampaignForm.read(request),
                    creating || !path.matches()
                        ? null
                        : campaigns.get(Long.parseLong(path.group(1)), true),
                    formError)
            : (status, formError) -> showList(request, response, status, null, formError);
    if (!acceptTeamPost(request, response, refusal)) {
      return;
    }
    if (!creating && !path.matches()) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = Languages.of(request);
    if (creating) {
      CampaignForm form = CampaignForm.read(request);
      Optional<CampaignDescription> description = form.validate(locale);
      if (description.isEmpty()) {
        showForm(request, response, HttpServletResponse.SC_BAD_REQUEST, form, null, null);
        return;
      }
      campaigns.create(description.get());
      redirect(request, response, "/team/campaigns?done=created");
      return;
    }
    long id = Long.parseLong(path.group(1));
    long version = formNumber(request, "version");
    if (version < 0) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if (moving) {
      moveFromList(
          request,
          response,
          CampaignState.class,
          to -> campaigns.moveTo(id, to, OptionalLong.of(version)),
          (status, formError) -> showList(request, response, status, null, formError),
          "teamCampaigns.error.conflict",
          "/team/campaigns?done=moved");
      return;
    }
    CampaignView current = campaigns.get(id, true);
    CampaignForm form = CampaignForm.read(request);
    Optional<CampaignDescription> description = form.validate(locale);
    if (description.isEmpty()) {
      showForm(request, response, HttpServletResponse.SC_BAD_REQUEST, form, current, null);
      return;
    }
    try {
      campaigns.describe(id, description.get(), OptionalLong.of(version));
    } catch (StaleVersionException e) {
      showForm(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          form,
          campaigns.get(id, true),
          WebMessages.text(locale, "teamCampaigns.error.stale"));
      return;
    }
    redirect(request, response, "/team/campaigns?done=saved");
  }

  private void showList(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String notice,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    Page<CampaignView> page = campaigns.list(true, null, page(request, 20));
    Map<String, Object> model =
        new HashMap<>(listModel("team", "campaigns", page, c -> item(c, locale)));
    model.put("csrf", CsrfTokens.token(request));
    notices(model, notice, formError);
    render(request, response, status, "team-campaigns", model);
  }

  private static TeamCampaign item(CampaignView c, Locale locale) {
    CampaignDescription d = c.description();
    String dates =
        d.endDate() == null
            ? WebMessages.text(locale, "teamCampaigns.from", Labels.date(d.startDate(), locale))
            : WebMessages.text(
                locale,
                "teamCampaigns.fromTo",
                Labels.date(d.startDate(), locale),
                Labels.date(d.endDate(), locale));
    return new TeamCampaign(
        c.id(),
        c.version(),
        d.name(),
        d.localBrandName(),
        d.subTerritory(),
        dates,
        WebMessages.text(locale, "campaign.state." + c.state().name()),
        c.state().next().stream()
            .map(
                n ->
                    new Choice(
                        n.name(), WebMessages.text(locale, "teamCampaigns.to." + n.name()), false))
            .toList());
  }

  private void showForm(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      CampaignForm form,
      CampaignView campaign,
      String formError)
      throws IOException {
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    model.put("values", form.values());
    model.put("errors", form.errors());
    model.put("creating", campaign == null);
    if (campaign != null) {
      model.put("campaignId", campaign.id());
      model.put("version", campaign.version());
    }
    if (formError != null) {
      model.put("formError", formError);
    }
    render(request, response, status, "team-campaign-form", model);
  }
}
