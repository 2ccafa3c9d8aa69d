// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.essaim.node.application.ChallengeService;
import org.essaim.node.application.ChallengeView;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.DreamService;
import org.essaim.node.application.DreamView;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.domain.model.challenge.ChallengeDescription;
import org.essaim.node.domain.model.challenge.ChallengeState;
import org.essaim.node.domain.model.dream.DreamState;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * The team's défis: {@code /team/challenges} lists every défi, drafts included, with a button per
 * next step of its lifecycle; {@code /team/challenges/group} (« Regrouper en défi ») groups
 * published dreams into a new défi or an existing one, showing the dreams the application suggests
 * for that défi. The same services as {@code /api/challenges}.
 */
@WebServlet({"/team/challenges", "/team/challenges/group"})
public class TeamChallengesServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  /** More published dreams than this wait for the next page of the queue. */
  private static final int DREAMS_SHOWN = 100;

  /** Field lengths a browser may send before the domain even looks. */
  private static final int MAX_IDS = 100;

  @Inject transient ChallengeService challenges;
  @Inject transient DreamService dreams;
  @Inject transient Taxonomy taxonomy;

  /** A dream that may be grouped, with its défi suggestion score when it is one. */
  public record Groupable(long id, String text, String themes, boolean checked, String score) {}

  /** A défi in the team's list, with the steps it may take next. */
  public record TeamChallenge(
      long id, long version, String title, String state, int dreams, List<Choice> next) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireTeam(request, response)) {
      return;
    }
    if (request.getServletPath().equals("/team/challenges/group")) {
      GroupingForm form = GroupingForm.read(request);
      showGrouping(request, response, HttpServletResponse.SC_OK, form, Map.of(), null);
      return;
    }
    String notice = doneNotice(request, "teamChallenges.done.", "grouped", "moved");
    showList(request, response, HttpServletResponse.SC_OK, notice, null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean grouping = request.getServletPath().equals("/team/challenges/group");
    FormRefusal refusal =
        grouping
            ? (status, formError) ->
                showGrouping(
                    request, response, status, GroupingForm.read(request), Map.of(), formError)
            : (status, formError) -> showList(request, response, status, null, formError);
    if (!acceptTeamPost(request, response, refusal)) {
      return;
    }
    Locale locale = Languages.of(request);
    if (grouping) {
      group(request, response, locale);
    } else {
      move(request, response, locale);
    }
  }

  /** One step of a défi's lifecycle (MERGED needs a target: the API does that). */
  private void move(HttpServletRequest request, HttpServletResponse response, Locale locale)
      throws IOException {
    long id = formNumber(request, "challenge");
    long version = formNumber(request, "version");
    Optional<ChallengeState> target =
        Arrays.stream(ChallengeState.values())
            .filter(s -> s != ChallengeState.MERGED)
            .filter(s -> s.name().equals(request.getParameter("to")))
            .findAny();
    if (id < 0 || version < 0 || target.isEmpty()) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    try {
      challenges.moveTo(id, target.get(), Optional.empty(), OptionalLong.of(version));
    } catch (IllegalTransitionException | StaleVersionException e) {
      showList(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          null,
          WebMessages.text(locale, "teamChallenges.error.conflict"));
      return;
    }
    redirect(request, response, "/team/challenges?done=moved");
  }

  private void group(HttpServletRequest request, HttpServletResponse response, Locale locale)
      throws IOException {
    GroupingForm form = GroupingForm.read(request);
    Map<String, String> errors = new LinkedHashMap<>(form.errors(locale));
    if (!errors.isEmpty()) {
      showGrouping(request, response, HttpServletResponse.SC_BAD_REQUEST, form, errors, null);
      return;
    }
    List<Long> ids = List.copyOf(form.dreams());
    try {
      if (form.isNew()) {
        long campaign = campaignOf(ids, errors, locale);
        if (!errors.isEmpty()) {
          showGrouping(request, response, HttpServletResponse.SC_BAD_REQUEST, form, errors, null);
          return;
        }
        challenges.createWithDreams(
            campaign,
            new ChallengeDescription(form.title(), form.statement(), List.of(), form.visibility()),
            ids);
      } else {
        challenges.groupAll(form.challenge(), ids, OptionalLong.empty());
      }
    } catch (DomainRuleViolation e) {
      // The form's own checks cover the texts: what is left is a dream that cannot join.
      errors.put("dreams", WebMessages.text(locale, "grouping.error.notGroupable"));
      showGrouping(request, response, HttpServletResponse.SC_BAD_REQUEST, form, errors, null);
      return;
    } catch (NotFoundException | ConflictException e) {
      // A dream or the défi went away (or closed) between the page and the post.
      errors.put(
          form.isNew() ? "dreams" : "target", WebMessages.text(locale, "grouping.error.gone"));
      showGrouping(request, response, HttpServletResponse.SC_CONFLICT, form, errors, null);
      return;
    }
    redirect(request, response, "/team/challenges?done=grouped");
  }

  /** The one campaign of the chosen dreams; an error when they come from several. */
  private long campaignOf(List<Long> ids, Map<String, String> errors, Locale locale) {
    Set<Long> campaigns = new LinkedHashSet<>();
    for (long id : ids) {
      campaigns.add(dreams.getForTeam(id).campaignId());
    }
    if (campaigns.size() != 1) {
      errors.put("dreams", WebMessages.text(locale, "grouping.error.campaigns"));
      return -1;
    }
    return campaigns.iterator().next();
  }

  private void showList(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String notice,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    Page<ChallengeView> page =
        challenges.list(
            true,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            page(request, 20));
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    model.put(
        "challenges",
        page.map(
                c ->
                    new TeamChallenge(
                        c.id(),
                        c.version(),
                        c.description().title(),
                        WebMessages.text(locale, "challenge.state." + c.state().name()),
                        c.dreams().size(),
                        c.state().next().stream()
                            .filter(s -> s != ChallengeState.MERGED)
                            .map(
                                s ->
                                    new Choice(
                                        s.name(),
                                        WebMessages.text(locale, "teamChallenges.to." + s.name()),
                                        false))
                            .toList()))
            .items());
    model.put("page", page.page());
    model.put("pages", page.totalPages());
    notices(model, notice, formError);
    render(request, response, status, "team-challenges", model);
  }

  private void showGrouping(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      GroupingForm form,
      Map<String, String> errors,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    List<ChallengeView> open =
        challenges
            .list(
                true,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                new PageRequest(1, PageRequest.MAX_SIZE))
            .items()
            .stream()
            .filter(c -> !c.state().isFinal())
            .toList();
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    model.put("form", form);
    model.put("errors", errors);
    if (formError != null) {
      model.put("formError", formError);
    }
    model.put(
        "targets",
        open.stream()
            .map(
                c ->
                    new Choice(
                        Long.toString(c.id()),
                        c.description().title()
                            + " ("
                            + WebMessages.text(locale, "challenge.state." + c.state().name())
                            + ")",
                        !form.isNew() && form.challenge() == c.id()))
            .toList());
    // The application's suggestions for the chosen défi: dreams resembling its title and statement.
    List<Groupable> suggested = List.of();
    Optional<ChallengeView> chosen =
        form.isNew()
            ? Optional.empty()
            : open.stream().filter(c -> c.id() == form.challenge()).findAny();
    if (chosen.isPresent()) {
      suggested =
          challenges.similarDreams(chosen.get().id()).stream()
              .map(
                  s ->
                      new Groupable(
                          s.id(),
                          s.text(),
                          String.join(", ", Labels.themes(taxonomy, s.themes(), locale)),
                          form.dreams().contains(s.id()),
                          String.format(locale, "%.0f %%", s.score() * 100)))
              .toList();
      model.put("chosenTitle", chosen.get().description().title());
    }
    Set<Long> shownAsSuggestions = new LinkedHashSet<>();
    suggested.forEach(s -> shownAsSuggestions.add(s.id()));
    Page<DreamView> published =
        dreams.listForTeam(
            Optional.empty(),
            Optional.of(DreamState.PUBLISHED),
            Optional.empty(),
            Optional.empty(),
            true,
            new PageRequest(1, DREAMS_SHOWN));
    model.put("suggested", suggested);
    model.put(
        "published",
        published.items().stream()
            .filter(d -> !shownAsSuggestions.contains(d.id()))
            .map(
                d ->
                    new Groupable(
                        d.id(),
                        d.text(),
                        String.join(", ", Labels.themes(taxonomy, d.themes(), locale)),
                        form.dreams().contains(d.id()),
                        null))
            .toList());
    model.put(
        "visibilities",
        Choice.visibilities(locale, form.visibility() == null ? null : form.visibility().name()));
    render(request, response, status, "team-grouping", model);
  }

  /** What the « Regrouper en défi » form sent, checked field by field. */
  public record GroupingForm(
      Set<Long> dreams,
      String target,
      String title,
      String statement,
      Visibility visibility,
      boolean badDreams,
      boolean badVisibility) {

    static GroupingForm read(HttpServletRequest request) {
      Set<Long> ids = new LinkedHashSet<>();
      boolean bad = false;
      String[] values = request.getParameterValues("dreams");
      if (values != null) {
        bad = values.length > MAX_IDS;
        for (String value : values) {
          long id = wholeNumber(value);
          if (id <= 0) {
            bad = true;
          } else if (ids.size() < MAX_IDS) {
            ids.add(id);
          }
        }
      }
      String target = request.getParameter("target");
      if (target == null || !(target.equals("new") || wholeNumber(target) > 0)) {
        target = "new";
      }
      String visibilityValue = request.getParameter("visibility");
      Visibility visibility = null;
      boolean badVisibility = false;
      if (visibilityValue != null && !visibilityValue.isEmpty()) {
        try {
          visibility = Visibility.valueOf(visibilityValue);
        } catch (IllegalArgumentException e) {
          badVisibility = true;
        }
      }
      return new GroupingForm(
          ids,
          target,
          trimmed(request.getParameter("title")),
          trimmed(request.getParameter("statement")),
          visibility,
          bad,
          badVisibility);
    }

    private static String trimmed(String value) {
      return value == null ? "" : value.strip();
    }

    public boolean isNew() {
      return target.equals("new");
    }

    public long challenge() {
      return isNew() ? -1 : Long.parseLong(target);
    }

    /** The field errors found without asking the domain: the French or English words. */
    Map<String, String> errors(Locale locale) {
      Map<String, String> errors = new LinkedHashMap<>();
      if (dreams.isEmpty() || badDreams) {
        errors.put("dreams", WebMessages.text(locale, "grouping.error.dreams"));
      }
      if (isNew()) {
        if (title.isEmpty() || title.length() > ChallengeDescription.MAX_TITLE_LENGTH) {
          errors.put(
              "title",
              WebMessages.text(
                  locale, "grouping.error.title", ChallengeDescription.MAX_TITLE_LENGTH));
        }
        if (statement.isEmpty() || statement.length() > ChallengeDescription.MAX_STATEMENT_LENGTH) {
          errors.put(
              "statement",
              WebMessages.text(
                  locale, "grouping.error.statement", ChallengeDescription.MAX_STATEMENT_LENGTH));
        }
        if (badVisibility) {
          errors.put("visibility", WebMessages.text(locale, "grouping.error.visibility"));
        }
      }
      return errors;
    }
  }
}
