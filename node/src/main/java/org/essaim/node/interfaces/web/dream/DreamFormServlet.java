// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.dream;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.CampaignService;
import org.essaim.node.application.CampaignView;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.DreamService;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.SubmissionLimits;
import org.essaim.node.application.TooManyRequestsException;
import org.essaim.node.domain.model.campaign.CampaignState;
import org.essaim.node.domain.model.dream.AgeBand;
import org.essaim.node.domain.model.dream.ContributorType;
import org.essaim.node.domain.model.dream.DreamSubmission;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.interfaces.rest.dream.ClientAddress;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * {@code /dreams/new}: the form of the campaign collecting dreams (GET) and its submission (POST,
 * then 303 to {@code /dreams/thanks}); the same service, limits and anti-spam trap as {@code POST
 * /api/campaigns/{id}/dreams}.
 */
@WebServlet({"/dreams/new", "/dreams/thanks"})
public class DreamFormServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  @Inject transient CampaignService campaigns;
  @Inject transient DreamService dreams;
  @Inject transient Taxonomy taxonomy;
  @Inject transient SubmissionLimits limits;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getServletPath().equals("/dreams/thanks")) {
      render(request, response, "dream-thanks", Map.of("section", "dream"));
      return;
    }
    showForm(request, response, HttpServletResponse.SC_OK, DreamForm.blank(), null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!request.getServletPath().equals("/dreams/new")) {
      response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    Locale locale = Languages.of(request);
    DreamForm form = DreamForm.read(request);
    if (!CsrfTokens.valid(request)) {
      // An expired session or a forged post: the visitor's text is shown again, nothing stored.
      showForm(
          request,
          response,
          HttpServletResponse.SC_FORBIDDEN,
          form,
          WebMessages.text(locale, "form.error.csrf"));
      return;
    }
    try {
      dreams.countAttempt(ClientAddress.of(request, limits));
    } catch (TooManyRequestsException e) {
      response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
      showForm(request, response, 429, form, WebMessages.text(locale, "dream.error.tooMany"));
      return;
    }
    if (form.honeypotFilled()) {
      redirect(request, response, "/dreams/thanks");
      return;
    }
    Optional<CampaignView> campaign = collecting();
    if (campaign.isEmpty()) {
      showForm(request, response, HttpServletResponse.SC_CONFLICT, form, null);
      return;
    }
    Optional<DreamSubmission> submission = form.validate(taxonomy, locale);
    if (submission.isEmpty()) {
      showForm(request, response, HttpServletResponse.SC_BAD_REQUEST, form, null);
      return;
    }
    try {
      dreams.submit(campaign.get().id(), submission.get());
    } catch (ConflictException | NotFoundException e) {
      // The campaign stopped collecting between the two reads.
      showForm(request, response, HttpServletResponse.SC_CONFLICT, form, null);
      return;
    }
    redirect(request, response, "/dreams/thanks");
  }

  private void showForm(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      DreamForm form,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, Object> model = new HashMap<>();
    model.put("section", "dream");
    model.put("form", form);
    model.put("errors", form.errors());
    if (formError != null) {
      model.put("formError", formError);
    }
    collecting().ifPresent(c -> model.put("campaignName", c.description().name()));
    model.put("csrf", CsrfTokens.token(request));
    model.put(
        "themes",
        taxonomy.concepts(TaxonomyScheme.THEMES).stream()
            .filter(c -> c.broader().isEmpty())
            .map(
                c ->
                    new Choice(
                        c.key(), Labels.everyday(c, locale), form.themes().contains(c.key())))
            .toList());
    model.put(
        "contributorTypes",
        Arrays.stream(ContributorType.values())
            .map(
                t ->
                    new Choice(
                        t.name(),
                        WebMessages.text(locale, "dream.contributor." + t.name()),
                        t.name().equals(form.contributorType())))
            .toList());
    model.put(
        "ageBands",
        Arrays.stream(AgeBand.values())
            .map(
                b ->
                    new Choice(
                        b.code(),
                        WebMessages.text(locale, "dream.age." + b.name()),
                        b.code().equals(form.ageBand())))
            .toList());
    render(request, response, status, "dream-form", model);
  }

  /** The campaign collecting dreams now, if any. */
  private Optional<CampaignView> collecting() {
    List<CampaignView> found =
        campaigns.list(false, CampaignState.COLLECTING_DREAMS, new PageRequest(1, 1)).items();
    return found.stream().findFirst();
  }
}
