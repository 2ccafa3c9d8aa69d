// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.Page;
import org.essaim.node.application.ProjectService;
import org.essaim.node.application.ProjectView;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.project.ProjectDescription;
import org.essaim.node.domain.model.project.ProjectOrigin;
import org.essaim.node.domain.model.project.ProjectStage;
import org.essaim.node.domain.model.project.ProjectStatus;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;
import org.essaim.node.interfaces.web.team.TeamChallengesServlet.Choice;

/**
 * The team's projects: {@code /team/projects} lists them all (drafts and private ones too), by
 * stage, with a stage and a status change per project; {@code /team/projects/new} creates one and
 * {@code /team/projects/12} edits one (its fundings and impacts are shown, changed through the
 * API). The same service as {@code /api/projects}: editors move forward only, administrators back
 * too; an edit names the version it started from, like the API's If-Match.
 */
@WebServlet({"/team/projects", "/team/projects/*"})
public class TeamProjectsServlet extends WebPage {

  private static final long serialVersionUID = 1L;
  private static final Pattern PATH = Pattern.compile("/([1-9][0-9]{0,17})(?:/(stage|status))?");

  @Inject transient ProjectService projects;
  @Inject transient Taxonomy taxonomy;

  /** A project in the team's list, with the moves it may make. */
  public record TeamProject(
      long id,
      long version,
      String title,
      String stage,
      String status,
      String visibility,
      List<Choice> stages,
      List<Choice> statuses) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireTeam(request, response)) {
      return;
    }
    String info = request.getPathInfo();
    if (info == null || info.equals("/")) {
      String notice = doneNotice(request, "teamProjects.done.", "created", "saved", "moved");
      showList(request, response, HttpServletResponse.SC_OK, notice, null);
      return;
    }
    if (info.equals("/new")) {
      showForm(request, response, HttpServletResponse.SC_OK, ProjectForm.blank(), null, null);
      return;
    }
    long id = idFromPath(request);
    if (id < 0) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ProjectView view = projects.get(id, true);
    showForm(request, response, HttpServletResponse.SC_OK, ProjectForm.of(view), view, null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String info = request.getPathInfo() == null ? "" : request.getPathInfo();
    Matcher path = PATH.matcher(info);
    boolean creating = info.equals("/new");
    FormRefusal refusal =
        creating
            ? (status, formError) ->
                showForm(request, response, status, ProjectForm.read(request), null, formError)
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
      create(request, response, locale);
      return;
    }
    long id = Long.parseLong(path.group(1));
    long version = formNumber(request, "version");
    if (version < 0) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if (path.group(2) == null) {
      save(request, response, locale, id, version);
    } else {
      move(request, response, locale, id, version, path.group(2).equals("stage"));
    }
  }

  private void create(HttpServletRequest request, HttpServletResponse response, Locale locale)
      throws IOException {
    ProjectForm form = ProjectForm.read(request);
    Optional<ProjectDescription> description = form.validate(taxonomy, locale, true, null);
    if (description.isEmpty()) {
      showForm(request, response, HttpServletResponse.SC_BAD_REQUEST, form, null, null);
      return;
    }
    projects.create(description.get(), form.stage());
    redirect(request, response, "/team/projects?done=created");
  }

  private void save(
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      long id,
      long version)
      throws IOException {
    ProjectView current = projects.get(id, true);
    ProjectForm form = ProjectForm.read(request);
    Optional<ProjectDescription> description = form.validate(taxonomy, locale, false, current);
    if (description.isEmpty()) {
      showForm(request, response, HttpServletResponse.SC_BAD_REQUEST, form, current, null);
      return;
    }
    try {
      projects.describe(id, description.get(), OptionalLong.of(version));
    } catch (StaleVersionException e) {
      // Someone saved in between: their text stays, this one is shown again to merge by hand.
      showForm(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          form,
          projects.get(id, true),
          WebMessages.text(locale, "teamProjects.error.stale"));
      return;
    } catch (InvalidInputException e) {
      showForm(
          request,
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          form,
          current,
          e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message());
      return;
    }
    redirect(request, response, "/team/projects?done=saved");
  }

  private void move(
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      long id,
      long version,
      boolean stage)
      throws IOException {
    String to = request.getParameter("to");
    try {
      if (stage) {
        Optional<ProjectStage> target = to == null ? Optional.empty() : ProjectStage.byKey(to);
        if (target.isEmpty()) {
          error(request, response, HttpServletResponse.SC_BAD_REQUEST);
          return;
        }
        projects.moveToStage(
            id, target.get(), request.isUserInRole(Role.ADMIN_NAME), OptionalLong.of(version));
      } else {
        Optional<ProjectStatus> target =
            Arrays.stream(ProjectStatus.values()).filter(s -> s.name().equals(to)).findAny();
        if (target.isEmpty()) {
          error(request, response, HttpServletResponse.SC_BAD_REQUEST);
          return;
        }
        projects.moveToStatus(id, target.get(), OptionalLong.of(version));
      }
    } catch (IllegalTransitionException | StaleVersionException e) {
      showList(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          null,
          WebMessages.text(locale, "teamProjects.error.conflict"));
      return;
    }
    redirect(request, response, "/team/projects?done=moved");
  }

  private void showList(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String notice,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    boolean admin = request.isUserInRole(Role.ADMIN_NAME);
    Optional<ProjectStage> stageFilter =
        Optional.ofNullable(request.getParameter("stage")).flatMap(ProjectStage::byKey);
    Page<ProjectView> page =
        projects.list(
            true,
            Optional.empty(),
            stageFilter,
            Optional.empty(),
            Optional.empty(),
            false,
            page(request, 20));
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    model.put(
        "projects",
        page.map(
                p ->
                    new TeamProject(
                        p.id(),
                        p.version(),
                        p.description().title(),
                        stageLabel(p.stage(), locale),
                        WebMessages.text(locale, "project.status." + p.status().name()),
                        WebMessages.text(
                            locale, "visibility." + p.description().visibility().name()),
                        Arrays.stream(ProjectStage.values())
                            .filter(s -> admin ? s != p.stage() : p.stage().next().contains(s))
                            .map(s -> new Choice(s.key(), stageLabel(s, locale), false))
                            .toList(),
                        p.status().next().stream()
                            .map(
                                s ->
                                    new Choice(
                                        s.name(),
                                        WebMessages.text(locale, "project.status." + s.name()),
                                        false))
                            .toList()))
            .items());
    model.put(
        "stageFilter",
        Arrays.stream(ProjectStage.values())
            .map(
                s ->
                    new Choice(
                        s.key(),
                        stageLabel(s, locale),
                        stageFilter.isPresent() && stageFilter.get() == s))
            .toList());
    model.put("page", page.page());
    model.put("pages", page.totalPages());
    model.put("pagerQuery", stageFilter.map(s -> "stage=" + s.key() + "&").orElse(""));
    if (notice != null) {
      model.put("notice", notice);
    }
    if (formError != null) {
      model.put("formError", formError);
    }
    render(request, response, status, "team-projects", model);
  }

  private void showForm(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      ProjectForm form,
      ProjectView project,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    model.put("form", form);
    model.put("errors", form.errors());
    model.put("creating", project == null);
    if (project != null) {
      model.put("projectId", project.id());
      model.put("version", project.version());
      model.put("stageNow", stageLabel(project.stage(), locale));
      model.put("fundings", fundings(project.description(), locale));
      model.put("impacts", impacts(project.description(), locale));
      model.put("partners", project.description().partnerOrganizationIds().size());
    }
    if (formError != null) {
      model.put("formError", formError);
    }
    model.put(
        "stages",
        Arrays.stream(ProjectStage.values())
            .map(
                s ->
                    new Choice(s.key(), stageLabel(s, locale), s.key().equals(form.value("stage"))))
            .toList());
    model.put(
        "origins",
        Arrays.stream(ProjectOrigin.values())
            .map(
                o ->
                    new Choice(
                        o.name(),
                        WebMessages.text(locale, "teamProjects.origin." + o.name()),
                        o.name().equals(form.value("origin"))))
            .toList());
    model.put("themes", concepts(TaxonomyScheme.THEMES, form.themes(), locale));
    model.put("supportModes", concepts(TaxonomyScheme.SUPPORT_MODES, form.supportModes(), locale));
    model.put(
        "legalForms",
        concepts(TaxonomyScheme.LEGAL_FORMS, List.of(form.value("legalForm")), locale));
    model.put("visibilities", Choice.visibilities(locale, form.value("visibility")));
    render(request, response, status, "team-project-form", model);
  }

  private List<Choice> concepts(TaxonomyScheme scheme, List<String> checked, Locale locale) {
    return taxonomy.concepts(scheme).stream()
        .map(c -> new Choice(c.key(), Labels.label(c, locale), checked.contains(c.key())))
        .toList();
  }

  private String stageLabel(ProjectStage stage, Locale locale) {
    return Labels.concept(taxonomy, TaxonomyScheme.PROJECT_STAGES, stage.key(), locale);
  }

  private List<String> fundings(ProjectDescription d, Locale locale) {
    NumberFormat money =
        NumberFormat.getCurrencyInstance(
            locale.getLanguage().equals("en") ? Locale.UK : Locale.FRANCE);
    money.setCurrency(java.util.Currency.getInstance("EUR"));
    return d.fundings().stream()
        .map(
            f ->
                Labels.concept(taxonomy, TaxonomyScheme.FUNDING_INSTRUMENTS, f.instrument(), locale)
                    + (f.amountEur() == null ? "" : " · " + money.format(f.amountEur()))
                    + (f.periodStart() == null ? "" : " · " + Labels.date(f.periodStart(), locale))
                    + (f.periodEnd() == null ? "" : " → " + Labels.date(f.periodEnd(), locale)))
        .toList();
  }

  private List<String> impacts(ProjectDescription d, Locale locale) {
    return d.impacts().stream()
        .map(
            m ->
                Labels.concept(taxonomy, TaxonomyScheme.IMPACT_INDICATORS, m.indicator(), locale)
                    + " : "
                    + m.value().toPlainString()
                    + " ("
                    + Labels.date(m.measuredOn(), locale)
                    + ")")
        .toList();
  }
}
