// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.essaim.node.application.ChallengeService;
import org.essaim.node.application.ChallengeView;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.ProjectService;
import org.essaim.node.application.SolutionIdeaService;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.application.federation.copies.NetworkObjects;
import org.essaim.node.application.search.SimilarObjects;
import org.essaim.node.domain.model.challenge.SolutionIdea;
import org.essaim.node.domain.model.challenge.SolutionIdeaState;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;
import org.essaim.node.interfaces.web.challenge.SuggestedSolutions;

/**
 * {@code /team/ideas/12}: the solution ideas of défi 12, as the ideation evening produced them, and
 * their selection (« proposée » → « retenue pour la suite » → « choisie » → « devenue un projet »,
 * or « écartée »). An idea that became a project names it. The same service as {@code
 * /api/challenges/12/solutions}.
 */
@WebServlet("/team/ideas/*")
public class TeamIdeasServlet extends WebPage {

  private static final long serialVersionUID = 1L;
  private static final Pattern PATH =
      Pattern.compile("/([1-9][0-9]{0,17})(?:/([1-9][0-9]{0,17})/state)?");

  @Inject transient ChallengeService challenges;
  @Inject transient SolutionIdeaService ideas;
  @Inject transient ProjectService projects;
  @Inject transient SimilarObjects similar;
  @Inject transient NetworkObjects copies;
  @Inject transient Taxonomy taxonomy;

  /** An idea, with the steps it may take next. */
  public record IdeaItem(
      long id,
      long version,
      String title,
      String description,
      String state,
      Long projectId,
      List<Choice> next,
      boolean needsProject) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireTeam(request, response)) {
      return;
    }
    Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!path.matches() || path.group(2) != null) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String notice = doneNotice(request, "teamIdeas.done.", "created", "moved");
    show(
        request,
        response,
        HttpServletResponse.SC_OK,
        Long.parseLong(path.group(1)),
        Map.of("title", "", "description", ""),
        Map.of(),
        notice,
        null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    long challengeId = path.matches() ? Long.parseLong(path.group(1)) : -1;
    FormRefusal refusal =
        (status, formError) ->
            show(request, response, status, challengeId, typed(request), Map.of(), null, formError);
    if (!acceptTeamPost(request, response, refusal)) {
      return;
    }
    if (challengeId < 0) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = Languages.of(request);
    if (path.group(2) == null) {
      create(request, response, locale, challengeId);
    } else {
      move(request, response, locale, challengeId, Long.parseLong(path.group(2)));
    }
  }

  private void create(
      HttpServletRequest request, HttpServletResponse response, Locale locale, long challengeId)
      throws IOException {
    Map<String, String> typed = typed(request);
    Map<String, String> errors = new LinkedHashMap<>();
    if (typed.get("title").isBlank()) {
      errors.put("title", WebMessages.text(locale, "teamIdeas.error.title"));
    } else if (typed.get("title").strip().length() > SolutionIdea.MAX_TITLE_LENGTH) {
      errors.put(
          "title",
          WebMessages.text(locale, "teamProjects.error.tooLong", SolutionIdea.MAX_TITLE_LENGTH));
    }
    if (typed.get("description").isBlank()) {
      errors.put("description", WebMessages.text(locale, "teamIdeas.error.description"));
    } else if (typed.get("description").strip().length() > SolutionIdea.MAX_DESCRIPTION_LENGTH) {
      errors.put(
          "description",
          WebMessages.text(
              locale, "teamProjects.error.tooLong", SolutionIdea.MAX_DESCRIPTION_LENGTH));
    }
    if (errors.isEmpty()) {
      try {
        ideas.create(challengeId, typed.get("title"), typed.get("description"));
        redirect(request, response, "/team/ideas/" + challengeId + "?done=created");
        return;
      } catch (DomainRuleViolation e) {
        errors.put(e.field(), e.getMessage());
      }
    }
    show(
        request,
        response,
        HttpServletResponse.SC_BAD_REQUEST,
        challengeId,
        typed,
        errors,
        null,
        null);
  }

  private void move(
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      long challengeId,
      long id)
      throws IOException {
    long version = formNumber(request, "version");
    Optional<SolutionIdeaState> target = formChoice(request, "to", SolutionIdeaState.class);
    if (version < 0 || target.isEmpty()) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Long projectId = null;
    if (target.get() == SolutionIdeaState.BECAME_PROJECT) {
      long chosen = formNumber(request, "projectId");
      if (chosen < 1) {
        refuseMove(request, response, challengeId, "teamIdeas.error.project");
        return;
      }
      projectId = chosen;
    }
    try {
      ideas.moveTo(challengeId, id, target.get(), projectId, OptionalLong.of(version));
    } catch (InvalidInputException e) {
      refuseMove(request, response, challengeId, "teamIdeas.error.project");
      return;
    } catch (IllegalTransitionException | StaleVersionException e) {
      refuseMove(request, response, challengeId, "teamIdeas.error.conflict");
      return;
    }
    redirect(request, response, "/team/ideas/" + challengeId + "?done=moved");
  }

  private void refuseMove(
      HttpServletRequest request, HttpServletResponse response, long challengeId, String key)
      throws IOException {
    show(
        request,
        response,
        key.endsWith("conflict")
            ? HttpServletResponse.SC_CONFLICT
            : HttpServletResponse.SC_BAD_REQUEST,
        challengeId,
        Map.of("title", "", "description", ""),
        Map.of(),
        null,
        WebMessages.text(Languages.of(request), key));
  }

  private static Map<String, String> typed(HttpServletRequest request) {
    Map<String, String> typed = new HashMap<>();
    for (String field : List.of("title", "description")) {
      String value = request.getParameter(field);
      typed.put(field, value == null ? "" : value);
    }
    return typed;
  }

  private void show(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      long challengeId,
      Map<String, String> values,
      Map<String, String> errors,
      String notice,
      String formError)
      throws IOException {
    if (challengeId < 0) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = Languages.of(request);
    ChallengeView challenge = challenges.get(challengeId, true);
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    model.put("challengeId", challengeId);
    model.put("challengeTitle", challenge.description().title());
    model.put(
        "solutions",
        SuggestedSolutions.forChallenge(
            similar, copies, taxonomy, challengeId, true, true, locale));
    model.put("values", values);
    model.put("errors", errors);
    notices(model, notice, formError);
    model.put(
        "ideas",
        ideas
            .list(challengeId, true, null, new PageRequest(1, PageRequest.MAX_SIZE))
            .items()
            .stream()
            .map(
                i ->
                    new IdeaItem(
                        i.id(),
                        i.version(),
                        i.title(),
                        i.description(),
                        WebMessages.text(locale, "teamIdeas.state." + i.state().name()),
                        i.projectId().orElse(null),
                        i.state().next().stream()
                            .sorted()
                            .filter(n -> n != SolutionIdeaState.BECAME_PROJECT)
                            .map(
                                n ->
                                    new Choice(
                                        n.name(),
                                        WebMessages.text(locale, "teamIdeas.to." + n.name()),
                                        false))
                            .toList(),
                        i.state().next().contains(SolutionIdeaState.BECAME_PROJECT)))
            .toList());
    model.put(
        "projects",
        projects
            .list(
                true,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                true,
                new PageRequest(1, PageRequest.MAX_SIZE))
            .items()
            .stream()
            .map(p -> new Choice(Long.toString(p.id()), p.description().title(), false))
            .toList());
    render(request, response, status, "team-ideas", model);
  }
}
