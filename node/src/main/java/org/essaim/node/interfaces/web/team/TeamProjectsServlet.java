// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

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
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.essaim.node.application.AccompanimentService;
import org.essaim.node.application.AccompanimentView;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.OrganizationService;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.ProjectService;
import org.essaim.node.application.ProjectView;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.domain.model.accompaniment.AccompanimentOutcome;
import org.essaim.node.domain.model.accompaniment.AccompanimentPlan;
import org.essaim.node.domain.model.accompaniment.MilestoneKind;
import org.essaim.node.domain.model.accompaniment.ProgrammeFormat;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.project.ProjectDescription;
import org.essaim.node.domain.model.project.ProjectOrigin;
import org.essaim.node.domain.model.project.ProjectStage;
import org.essaim.node.domain.model.project.ProjectStatus;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;
import org.essaim.node.interfaces.web.project.ProjectFigures;

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
  private static final Pattern PATH =
      Pattern.compile(
          "/([1-9][0-9]{0,17})(?:/(stage|status)|/(fundings|impacts|partners|carrier|accompaniments)"
              + "(?:/([0-9]{1,18})/(remove|milestones|end))?)?");
  // The directory's first page, by name: enough for a territory's organisations.
  private static final int ORGANIZATIONS_OFFERED = PageRequest.MAX_SIZE;

  @Inject transient ProjectService projects;
  @Inject transient Taxonomy taxonomy;
  @Inject transient AccompanimentService accompaniments;
  @Inject transient OrganizationService organizations;

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
    showForm(
        request,
        response,
        HttpServletResponse.SC_OK,
        ProjectForm.of(view),
        view,
        null,
        ProjectParts.Outcome.saved(
            doneNotice(request, "teamProjects.done.", PART_NOTICES.toArray(String[]::new))));
  }

  /** The notices of the project page's sub-forms, after {@code ?done=}. */
  private static final List<String> PART_NOTICES =
      List.of(
          "fundings",
          "fundings.removed",
          "impacts",
          "impacts.removed",
          "partners",
          "partners.removed",
          "carrier",
          "accompaniments",
          "accompaniments.removed",
          "milestone",
          "ended");

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String info = request.getPathInfo() == null ? "" : request.getPathInfo();
    Matcher path = PATH.matcher(info);
    boolean creating = info.equals("/new");
    boolean part = path.matches() && path.group(3) != null;
    FormRefusal refusal =
        creating
            ? (status, formError) ->
                showForm(request, response, status, ProjectForm.read(request), null, formError)
            : part
                ? (status, formError) -> {
                  ProjectView shown = projects.get(Long.parseLong(path.group(1)), true);
                  showForm(request, response, status, ProjectForm.of(shown), shown, formError);
                }
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
    if (part) {
      part(request, response, locale, id, version, path);
    } else if (path.group(2) == null) {
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

  private void part(
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      long id,
      long version,
      Matcher path)
      throws IOException {
    ProjectView project = projects.get(id, true);
    Long item = path.group(4) == null ? null : Long.valueOf(path.group(4));
    ProjectParts.Outcome outcome;
    try {
      outcome =
          new ProjectParts(projects, accompaniments, taxonomy)
              .apply(request, locale, project, path.group(3), item, path.group(5), version);
    } catch (StaleVersionException e) {
      ProjectView now = projects.get(id, true);
      showForm(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          ProjectForm.of(now),
          now,
          WebMessages.text(locale, "teamProjects.error.partStale"));
      return;
    }
    if (outcome == null) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
    } else if (outcome.done() != null) {
      redirect(
          request,
          response,
          "/team/projects/" + id + "?done=" + outcome.done() + "#" + path.group(3) + "-title");
    } else {
      showForm(
          request,
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          ProjectForm.of(project),
          project,
          null,
          outcome);
    }
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
        Optional<ProjectStatus> target = WebPage.named(ProjectStatus.class, to);
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
    notices(model, notice, formError);
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
    showForm(request, response, status, form, project, formError, null);
  }

  /**
   * @param parts the sub-form refused (its errors and typed values), or saved (its notice)
   */
  private void showForm(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      ProjectForm form,
      ProjectView project,
      String formError,
      ProjectParts.Outcome parts)
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
      partsModel(model, project, locale);
      ProjectParts.Outcome shown = parts == null ? ProjectParts.Outcome.saved(null) : parts;
      model.put("partErrors", shown.errors());
      model.put("partValues", shown.values());
      if (shown.errors().isEmpty() && shown.done() != null) {
        model.put("notice", shown.done());
      }
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

  /** A line of a sub-form's list: what it shows and what its remove button names. */
  public record PartLine(String label, long item) {}

  /** An accompaniment as the project page shows it, with its milestones. */
  public record AccompanimentLine(
      long id,
      long version,
      String programme,
      String summary,
      List<String> milestones,
      boolean ongoing,
      String notes) {}

  private void partsModel(Map<String, Object> model, ProjectView project, Locale locale) {
    ProjectDescription d = project.description();
    List<String> fundingLabels = ProjectFigures.fundings(d, taxonomy, locale);
    List<String> impactLabels = ProjectFigures.impacts(d, taxonomy, locale);
    model.put(
        "fundingLines",
        java.util.stream.IntStream.range(0, fundingLabels.size())
            .mapToObj(i -> new PartLine(fundingLabels.get(i), i))
            .toList());
    model.put(
        "impactLines",
        java.util.stream.IntStream.range(0, impactLabels.size())
            .mapToObj(i -> new PartLine(impactLabels.get(i), i))
            .toList());
    Map<Long, String> names = new java.util.LinkedHashMap<>();
    organizations
        .list(
            true,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            new PageRequest(1, ORGANIZATIONS_OFFERED))
        .items()
        .forEach(o -> names.put(o.id(), o.profile().name()));
    java.util.function.LongFunction<String> name =
        o -> names.getOrDefault(o, WebMessages.text(locale, "parts.organization", o));
    model.put(
        "partnerLines",
        d.partnerOrganizationIds().stream().map(o -> new PartLine(name.apply(o), o)).toList());
    model.put(
        "carrierName",
        d.carrierOrganizationId() == null ? null : name.apply(d.carrierOrganizationId()));
    model.put(
        "organizationChoices",
        names.entrySet().stream()
            .map(
                e ->
                    new Choice(
                        e.getKey().toString(),
                        e.getValue(),
                        e.getKey().equals(d.carrierOrganizationId())))
            .toList());
    model.put("instrumentChoices", concepts(TaxonomyScheme.FUNDING_INSTRUMENTS, List.of(), locale));
    model.put("indicatorChoices", concepts(TaxonomyScheme.IMPACT_INDICATORS, List.of(), locale));
    model.put("formatChoices", enumChoices(ProgrammeFormat.values(), "parts.format.", locale));
    model.put(
        "outcomeChoices", enumChoices(AccompanimentOutcome.values(), "parts.outcome.", locale));
    model.put("milestoneChoices", enumChoices(MilestoneKind.values(), "parts.milestone.", locale));
    model.put(
        "accompaniments",
        accompaniments
            .list(
                project.id(),
                Optional.empty(),
                Optional.empty(),
                true,
                new PageRequest(1, PageRequest.MAX_SIZE))
            .items()
            .stream()
            .map(a -> accompanimentLine(a, locale))
            .toList());
  }

  private AccompanimentLine accompanimentLine(AccompanimentView a, Locale locale) {
    AccompanimentPlan p = a.plan();
    StringBuilder summary =
        new StringBuilder(WebMessages.text(locale, "parts.format." + p.format().name()));
    if (a.providerName() != null) {
      summary.append(" · ").append(a.providerName());
    }
    summary.append(" · ").append(Labels.date(p.startDate(), locale));
    if (p.endDate() != null) {
      summary.append(" → ").append(Labels.date(p.endDate(), locale));
    }
    if (p.outcome() != null) {
      summary.append(" · ").append(WebMessages.text(locale, "parts.outcome." + p.outcome().name()));
      if (p.continuesIn() != null) {
        summary.append(" : ").append(p.continuesIn());
      }
    }
    return new AccompanimentLine(
        a.id(),
        a.version(),
        p.programmeName(),
        summary.toString(),
        p.milestones().stream()
            .map(
                m ->
                    WebMessages.text(locale, "parts.milestone." + m.kind().name())
                        + m.dueOn()
                            .map(
                                day ->
                                    " · "
                                        + WebMessages.text(locale, "parts.due")
                                        + " "
                                        + Labels.date(day, locale))
                            .orElse("")
                        + m.doneOn()
                            .map(
                                day ->
                                    " · "
                                        + WebMessages.text(locale, "parts.done")
                                        + " "
                                        + Labels.date(day, locale))
                            .orElse(""))
            .toList(),
        p.outcome() == null,
        p.notes());
  }

  private static List<Choice> enumChoices(Enum<?>[] values, String prefix, Locale locale) {
    return Arrays.stream(values)
        .map(v -> new Choice(v.name(), WebMessages.text(locale, prefix + v.name()), false))
        .toList();
  }
}
