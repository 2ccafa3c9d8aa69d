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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.OrganizationService;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.ProjectService;
import org.essaim.node.application.ProjectView;
import org.essaim.node.application.ReplicationService;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.application.TransferableSolutionService;
import org.essaim.node.application.TransferableSolutionView;
import org.essaim.node.domain.model.solution.SolutionStatus;
import org.essaim.node.domain.model.solution.TransferMode;
import org.essaim.node.domain.model.solution.TransferableSolutionDescription;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * The team's transferable solutions (« solutions essaimables »): {@code /team/solutions} lists them
 * with their status and next steps; {@code /team/solutions/new?project=12} derives one from a
 * project; {@code /team/solutions/5} edits it and shows the territories replicating it. A draft may
 * be deleted; a published one is withdrawn instead. The same services as {@code
 * /api/transferable-solutions}.
 */
@WebServlet({"/team/solutions", "/team/solutions/*"})
public class TeamSolutionsServlet extends WebPage {

  private static final long serialVersionUID = 1L;
  private static final Pattern PATH = Pattern.compile("/([1-9][0-9]{0,17})(?:/(state|delete))?");

  @Inject transient TransferableSolutionService solutions;
  @Inject transient ReplicationService replications;
  @Inject transient ProjectService projects;
  @Inject transient OrganizationService organizations;
  @Inject transient Taxonomy taxonomy;

  /** A solution in the team's list, with the steps it may take next. */
  public record TeamSolution(
      long id,
      long version,
      String title,
      String status,
      String mode,
      String visibility,
      boolean draft,
      List<Choice> next) {}

  /** A territory taking the solution up, in words. */
  public record ReplicationItem(String territory, String status, String adaptations) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireTeam(request, response)) {
      return;
    }
    String info = request.getPathInfo();
    if (info == null || info.equals("/")) {
      String notice =
          doneNotice(request, "teamSolutions.done.", "created", "saved", "moved", "deleted");
      showList(request, response, HttpServletResponse.SC_OK, notice, null);
      return;
    }
    if (info.equals("/new")) {
      SolutionForm form = SolutionForm.blank(formNumber(request, "project"));
      showForm(request, response, HttpServletResponse.SC_OK, form, null, null);
      return;
    }
    Matcher path = PATH.matcher(info);
    if (!path.matches() || path.group(2) != null) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    TransferableSolutionView view = solutions.get(Long.parseLong(path.group(1)), true);
    showForm(request, response, HttpServletResponse.SC_OK, SolutionForm.of(view), view, null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String info = request.getPathInfo() == null ? "" : request.getPathInfo();
    Matcher path = PATH.matcher(info);
    boolean creating = info.equals("/new");
    boolean editing = path.matches() && path.group(2) == null;
    FormRefusal refusal =
        creating || editing
            ? (status, formError) ->
                showForm(
                    request,
                    response,
                    status,
                    SolutionForm.read(request),
                    creating ? null : solutions.get(Long.parseLong(path.group(1)), true),
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
      create(request, response, locale);
      return;
    }
    long id = Long.parseLong(path.group(1));
    long version = formNumber(request, "version");
    if (version < 0) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if ("state".equals(path.group(2))) {
      moveFromList(
          request,
          response,
          SolutionStatus.class,
          to -> solutions.moveTo(id, to, OptionalLong.of(version)),
          (status, formError) -> showList(request, response, status, null, formError),
          "teamSolutions.error.conflict",
          "/team/solutions?done=moved");
    } else if ("delete".equals(path.group(2))) {
      delete(request, response, locale, id, version);
    } else {
      update(request, response, locale, id, version);
    }
  }

  private void create(HttpServletRequest request, HttpServletResponse response, Locale locale)
      throws IOException {
    SolutionForm form = SolutionForm.read(request);
    Optional<TransferableSolutionDescription> description = form.validate(taxonomy, locale);
    if (description.isEmpty()) {
      showForm(request, response, HttpServletResponse.SC_BAD_REQUEST, form, null, null);
      return;
    }
    TransferableSolutionView created;
    try {
      created = solutions.create(form.projectId(), description.get());
    } catch (InvalidInputException e) {
      form.refusedBy(e.errors(), locale);
      showForm(request, response, HttpServletResponse.SC_BAD_REQUEST, form, null, null);
      return;
    } catch (ConflictException e) {
      showForm(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          form,
          null,
          WebMessages.text(locale, "teamSolutions.error.alreadyDerived"));
      return;
    }
    redirect(request, response, "/team/solutions/" + created.id() + "?done=created");
  }

  private void update(
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      long id,
      long version)
      throws IOException {
    TransferableSolutionView current = solutions.get(id, true);
    SolutionForm form = SolutionForm.read(request);
    Optional<TransferableSolutionDescription> description = form.validate(taxonomy, locale);
    if (description.isEmpty()) {
      showForm(request, response, HttpServletResponse.SC_BAD_REQUEST, form, current, null);
      return;
    }
    try {
      solutions.describe(id, description.get(), OptionalLong.of(version));
    } catch (InvalidInputException e) {
      form.refusedBy(e.errors(), locale);
      showForm(request, response, HttpServletResponse.SC_BAD_REQUEST, form, current, null);
      return;
    } catch (StaleVersionException e) {
      showForm(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          form,
          solutions.get(id, true),
          WebMessages.text(locale, "teamSolutions.error.stale"));
      return;
    }
    redirect(request, response, "/team/solutions/" + id + "?done=saved");
  }

  private void delete(
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      long id,
      long version)
      throws IOException {
    try {
      solutions.delete(id, OptionalLong.of(version));
    } catch (ConflictException e) {
      showList(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          null,
          WebMessages.text(locale, "teamSolutions.error.hasReplications"));
      return;
    } catch (StaleVersionException e) {
      showList(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          null,
          WebMessages.text(locale, "teamSolutions.error.conflict"));
      return;
    }
    redirect(request, response, "/team/solutions?done=deleted");
  }

  private void showList(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String notice,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    Page<TransferableSolutionView> page =
        solutions.list(
            true,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            page(request, 20));
    Map<String, Object> model =
        new HashMap<>(listModel("team", "solutions", page, s -> item(s, locale)));
    model.put("csrf", CsrfTokens.token(request));
    notices(model, notice, formError);
    render(request, response, status, "team-solutions", model);
  }

  private static TeamSolution item(TransferableSolutionView s, Locale locale) {
    TransferableSolutionDescription d = s.description();
    return new TeamSolution(
        s.id(),
        s.version(),
        d.title(),
        WebMessages.text(locale, "teamSolutions.status." + s.status().name()),
        WebMessages.text(locale, "solutions.mode." + d.transferMode().name()),
        d.visibility() == null
            ? ""
            : WebMessages.text(locale, "visibility." + d.visibility().name()),
        s.status() == SolutionStatus.DRAFT,
        s.status().next().stream()
            .sorted()
            .map(
                n ->
                    new Choice(
                        n.name(), WebMessages.text(locale, "teamSolutions.to." + n.name()), false))
            .toList());
  }

  private void showForm(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      SolutionForm form,
      TransferableSolutionView solution,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    model.put("values", form.values());
    model.put("errors", form.errors());
    model.put("creating", solution == null);
    if (solution != null) {
      model.put("solutionId", solution.id());
      model.put("version", solution.version());
      model.put(
          "status", WebMessages.text(locale, "teamSolutions.status." + solution.status().name()));
      model.put("replications", replicationsOf(solution.id(), locale));
      String notice = doneNotice(request, "teamSolutions.done.", "created", "saved");
      if (notice != null) {
        model.put("notice", notice);
      }
    } else {
      model.put("projects", projectChoices(form.projectId()));
    }
    if (formError != null) {
      model.put("formError", formError);
    }
    model.put(
        "themes",
        taxonomy.concepts(TaxonomyScheme.THEMES).stream()
            .map(c -> new Choice(c.key(), Labels.label(c, locale), form.themes().contains(c.key())))
            .toList());
    model.put(
        "modes",
        Arrays.stream(TransferMode.values())
            .map(
                m ->
                    new Choice(
                        m.name(),
                        WebMessages.text(locale, "solutions.mode." + m.name()),
                        m.name().equals(form.values().get("transferMode"))))
            .toList());
    model.put(
        "organizations",
        organizations
            .list(
                true, Optional.empty(), Optional.empty(), Optional.empty(), new PageRequest(1, 100))
            .items()
            .stream()
            .map(
                o ->
                    new Choice(
                        Long.toString(o.id()),
                        o.profile().name(),
                        Long.toString(o.id()).equals(form.values().get("contactOrganizationId"))))
            .toList());
    model.put("visibilities", Choice.visibilities(locale, form.values().get("visibility")));
    render(request, response, status, "team-solution-form", model);
  }

  /** The hundred projects first by title, and the chosen one when it is further down. */
  private List<Choice> projectChoices(long chosen) {
    List<ProjectView> listed =
        new ArrayList<>(
            projects
                .list(
                    true,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    true,
                    new PageRequest(1, PageRequest.MAX_SIZE))
                .items());
    if (chosen > 0 && listed.stream().noneMatch(p -> p.id() == chosen)) {
      try {
        listed.add(0, projects.get(chosen, true));
      } catch (org.essaim.node.application.NotFoundException e) {
        // A wrong number in the address: the list is offered without it.
      }
    }
    return listed.stream()
        .map(p -> new Choice(Long.toString(p.id()), p.description().title(), p.id() == chosen))
        .toList();
  }

  private List<ReplicationItem> replicationsOf(long solutionId, Locale locale) {
    return replications
        .list(solutionId, true, null, new PageRequest(1, PageRequest.MAX_SIZE))
        .items()
        .stream()
        .map(
            r ->
                new ReplicationItem(
                    r.description().territoryName(),
                    WebMessages.text(locale, "teamSolutions.replication." + r.status().name()),
                    r.description().adaptations()))
        .toList();
  }
}
