// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.OrganizationService;
import org.essaim.node.application.OrganizationView;
import org.essaim.node.application.Page;
import org.essaim.node.application.PartnerService;
import org.essaim.node.application.PartnerView;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.domain.model.organization.OrganizationProfile;
import org.essaim.node.domain.model.partner.ContributionKind;
import org.essaim.node.domain.model.partner.PartnerTerms;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * The territory's directory of organisations (« structures ») and its partners: {@code
 * /team/organizations} lists them, {@code /team/organizations/new} adds one, {@code
 * /team/organizations/7} edits it and says how it partners with the territory (in the circle of
 * partners or not, its role mailbox, what it brings). Projects, transferable solutions and the
 * public « Cercle des partenaires » page choose among these. The same services as {@code
 * /api/organizations} and {@code /api/partners}.
 */
@WebServlet({"/team/organizations", "/team/organizations/*"})
public class TeamOrganizationsServlet extends WebPage {

  private static final long serialVersionUID = 1L;
  private static final Pattern PATH =
      Pattern.compile("/([1-9][0-9]{0,17})(?:/(delete|partner|partner/delete))?");

  @Inject transient OrganizationService organizations;
  @Inject transient PartnerService partners;
  @Inject transient Taxonomy taxonomy;

  /** An organisation in the list, with its partnership in words. */
  public record OrganizationItem(long id, String name, String legalForm, String partnership) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireTeam(request, response)) {
      return;
    }
    String info = request.getPathInfo();
    if (info == null || info.equals("/")) {
      String notice = doneNotice(request, "teamOrganizations.done.", "created", "deleted");
      showList(request, response, HttpServletResponse.SC_OK, notice, null);
      return;
    }
    if (info.equals("/new")) {
      showForm(
          request, response, HttpServletResponse.SC_OK, OrganizationForm.blank(), null, null, null);
      return;
    }
    Matcher path = PATH.matcher(info);
    if (!path.matches() || path.group(2) != null) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    OrganizationView view = organizations.get(Long.parseLong(path.group(1)), true);
    showForm(
        request, response, HttpServletResponse.SC_OK, OrganizationForm.of(view), view, null, null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String info = request.getPathInfo() == null ? "" : request.getPathInfo();
    Matcher path = PATH.matcher(info);
    boolean creating = info.equals("/new");
    FormRefusal refusal =
        creating || !path.matches()
            ? (status, formError) ->
                showForm(
                    request,
                    response,
                    status,
                    OrganizationForm.read(request),
                    null,
                    null,
                    formError)
            : (status, formError) -> {
              OrganizationView view = organizations.get(Long.parseLong(path.group(1)), true);
              showForm(request, response, status, OrganizationForm.of(view), view, null, formError);
            };
    if (!acceptTeamPost(request, response, refusal)) {
      return;
    }
    if (!creating && !path.matches()) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = Languages.of(request);
    if (creating) {
      create(request, response, locale);
      return;
    }
    long id = Long.parseLong(path.group(1));
    long version = formNumber(request, "version");
    if (version < 0) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    String action = path.group(2) == null ? "" : path.group(2);
    switch (action) {
      case "delete" -> delete(request, response, locale, id, version);
      case "partner" -> partner(request, response, locale, id, version);
      case "partner/delete" -> endPartnership(request, response, locale, id, version);
      default -> update(request, response, locale, id, version);
    }
  }

  private void create(HttpServletRequest request, HttpServletResponse response, Locale locale)
      throws IOException {
    OrganizationForm form = OrganizationForm.read(request);
    Optional<OrganizationProfile> profile = form.validate(taxonomy, locale);
    if (profile.isPresent()) {
      try {
        OrganizationView created = organizations.create(profile.get());
        redirect(request, response, "/team/organizations/" + created.id() + "?done=created");
        return;
      } catch (ConflictException e) {
        form.errors().put("siren", WebMessages.text(locale, "teamOrganizations.error.sirenTaken"));
      }
    }
    showForm(request, response, HttpServletResponse.SC_BAD_REQUEST, form, null, null, null);
  }

  private void update(
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      long id,
      long version)
      throws IOException {
    OrganizationView current = organizations.get(id, true);
    OrganizationForm form = OrganizationForm.read(request);
    Optional<OrganizationProfile> profile = form.validate(taxonomy, locale);
    if (profile.isEmpty()) {
      showForm(request, response, HttpServletResponse.SC_BAD_REQUEST, form, current, null, null);
      return;
    }
    try {
      organizations.describe(id, profile.get(), OptionalLong.of(version));
    } catch (ConflictException e) {
      form.errors().put("siren", WebMessages.text(locale, "teamOrganizations.error.sirenTaken"));
      showForm(request, response, HttpServletResponse.SC_CONFLICT, form, current, null, null);
      return;
    } catch (StaleVersionException e) {
      showForm(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          form,
          organizations.get(id, true),
          null,
          WebMessages.text(locale, "teamOrganizations.error.stale"));
      return;
    }
    redirect(request, response, "/team/organizations/" + id + "?done=saved");
  }

  private void delete(
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      long id,
      long version)
      throws IOException {
    try {
      organizations.delete(id, OptionalLong.of(version));
    } catch (ConflictException | StaleVersionException e) {
      OrganizationView view = organizations.get(id, true);
      showForm(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          OrganizationForm.of(view),
          view,
          null,
          WebMessages.text(
              locale,
              e instanceof ConflictException
                  ? "teamOrganizations.error.inUse"
                  : "teamOrganizations.error.stale"));
      return;
    }
    redirect(request, response, "/team/organizations?done=deleted");
  }

  /** Makes the organisation a partner, or changes its terms ({@code version} is the partner's). */
  private void partner(
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      long id,
      long version)
      throws IOException {
    OrganizationView organization = organizations.get(id, true);
    Optional<PartnerView> existing = partners.ofOrganization(id);
    PartnerForm form = PartnerForm.read(request);
    Optional<PartnerTerms> terms = form.validate(id, locale);
    if (terms.isEmpty()) {
      showForm(
          request,
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          OrganizationForm.of(organization),
          organization,
          form,
          null);
      return;
    }
    try {
      if (existing.isPresent()) {
        partners.describe(existing.get().id(), terms.get(), OptionalLong.of(version));
      } else {
        partners.create(terms.get());
      }
    } catch (StaleVersionException | ConflictException | InvalidInputException e) {
      showForm(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          OrganizationForm.of(organization),
          organization,
          form,
          WebMessages.text(locale, "teamOrganizations.error.stale"));
      return;
    }
    redirect(request, response, "/team/organizations/" + id + "?done=partner");
  }

  private void endPartnership(
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      long id,
      long version)
      throws IOException {
    Optional<PartnerView> existing = partners.ofOrganization(id);
    try {
      if (existing.isPresent()) {
        partners.delete(existing.get().id(), OptionalLong.of(version));
      }
    } catch (StaleVersionException e) {
      OrganizationView view = organizations.get(id, true);
      showForm(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          OrganizationForm.of(view),
          view,
          null,
          WebMessages.text(locale, "teamOrganizations.error.stale"));
      return;
    }
    redirect(request, response, "/team/organizations/" + id + "?done=ended");
  }

  private void showList(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String notice,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    Page<OrganizationView> page =
        organizations.list(
            true, Optional.empty(), Optional.empty(), Optional.empty(), page(request, 50));
    Map<String, Object> model =
        new HashMap<>(
            listModel(
                "team",
                "organizations",
                page,
                o ->
                    new OrganizationItem(
                        o.id(),
                        o.profile().name(),
                        o.profile().legalForm() == null
                            ? null
                            : taxonomy
                                .find(TaxonomyScheme.LEGAL_FORMS, o.profile().legalForm())
                                .map(c -> Labels.label(c, locale))
                                .orElse(o.profile().legalForm()),
                        partners
                            .ofOrganization(o.id())
                            .map(
                                p ->
                                    WebMessages.text(
                                        locale,
                                        p.terms().inCircle()
                                            ? "teamOrganizations.inCircle"
                                            : "teamOrganizations.partner"))
                            .orElse(null))));
    notices(model, notice, formError);
    render(request, response, status, "team-organizations", model);
  }

  private void showForm(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      OrganizationForm form,
      OrganizationView organization,
      PartnerForm partnerForm,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    model.put("values", form.values());
    model.put("errors", form.errors());
    model.put("creating", organization == null);
    if (organization != null) {
      model.put("organizationId", organization.id());
      model.put("version", organization.version());
      Optional<PartnerView> partner = partners.ofOrganization(organization.id());
      model.put("isPartner", partner.isPresent());
      model.put("partnerVersion", partner.map(PartnerView::version).orElse(0L));
      PartnerForm shown =
          partnerForm != null
              ? partnerForm
              : partner.map(PartnerForm::of).orElse(PartnerForm.blank());
      model.put("partner", shown);
      model.put("partnerErrors", shown.errors());
      model.put(
          "kinds",
          Arrays.stream(ContributionKind.values())
              .map(
                  k ->
                      new Choice(
                          k.name(),
                          WebMessages.text(locale, "teamOrganizations.kind." + k.name()),
                          false))
              .toList());
      String notice =
          doneNotice(request, "teamOrganizations.done.", "created", "saved", "partner", "ended");
      if (notice != null) {
        model.put("notice", notice);
      }
    }
    if (formError != null) {
      model.put("formError", formError);
    }
    model.put(
        "legalForms",
        taxonomy.concepts(TaxonomyScheme.LEGAL_FORMS).stream()
            .map(
                c ->
                    new Choice(
                        c.key(),
                        Labels.label(c, locale),
                        c.key().equals(form.values().get("legalForm"))))
            .toList());
    model.put(
        "roles",
        taxonomy.concepts(TaxonomyScheme.STRUCTURE_ROLES).stream()
            .map(c -> new Choice(c.key(), Labels.label(c, locale), form.roles().contains(c.key())))
            .toList());
    model.put("visibilities", Choice.visibilities(locale, form.values().get("visibility")));
    render(request, response, status, "team-organization-form", model);
  }
}
