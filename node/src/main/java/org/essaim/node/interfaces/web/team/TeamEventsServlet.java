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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.essaim.node.application.CampaignService;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.EventService;
import org.essaim.node.application.EventView;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.domain.model.event.DreamCollectionFormat;
import org.essaim.node.domain.model.event.EventCounts;
import org.essaim.node.domain.model.event.EventDescription;
import org.essaim.node.domain.model.event.EventState;
import org.essaim.node.domain.model.event.EventType;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * The team's events: {@code /team/events} lists them all, latest first, with their state; {@code
 * /team/events/12} records what the event counted (participants, contributors, dreams…: aggregates
 * only, never people) and moves it to held or cancelled; {@code /team/events/new} creates one and
 * {@code /team/events/12/edit} describes it anew (its counts kept). The same service as {@code
 * /api/events}.
 */
@WebServlet({"/team/events", "/team/events/*"})
public class TeamEventsServlet extends WebPage {

  private static final long serialVersionUID = 1L;
  private static final Pattern PATH = Pattern.compile("/([1-9][0-9]{0,17})(?:/(state))?");
  private static final List<String> COUNTS =
      List.of(
          "participantCount",
          "contributorCount",
          "wantToGetInvolvedCount",
          "wantToCarryCount",
          "solutionsPresentedCount",
          "totalAttendance",
          "tables",
          "dreamCount");
  private static final int MAX_COUNT = 1_000_000;

  @Inject transient EventService events;
  @Inject transient CampaignService campaigns;
  @Inject transient Taxonomy taxonomy;

  private static final Pattern EDIT = Pattern.compile("/([1-9][0-9]{0,17})/edit");

  /** An event in the team's list. */
  public record TeamEvent(long id, String title, String type, String startsAt, String state) {}

  /** One count of the form: its field name, words, value as typed, error. */
  public record CountField(String name, String label, String value, String error) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireTeam(request, response)) {
      return;
    }
    String info = request.getPathInfo() == null ? "" : request.getPathInfo();
    Matcher edit = EDIT.matcher(info);
    if (info.equals("/new") || edit.matches()) {
      EventView editing = edit.matches() ? events.get(Long.parseLong(edit.group(1)), true) : null;
      Map<String, String> values = new HashMap<>();
      values.put("event-timeZone", events.defaultTimeZone().getId());
      List<String> themes = List.of();
      if (editing != null) {
        values = EventForm.values(editing);
        themes = editing.description().themes();
      }
      showEventForm(
          request, response, HttpServletResponse.SC_OK, editing, values, themes, Map.of(), null);
      return;
    }
    listOrDetail(
        request,
        response,
        () -> showList(request, response),
        id -> {
          EventView view = events.get(id, true);
          String notice =
              doneNotice(request, "teamEvents.done.", "counted", "moved", "created", "described");
          showEvent(
              request,
              response,
              HttpServletResponse.SC_OK,
              view,
              values(view.description().counts()),
              Map.of(),
              notice,
              null);
        });
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String info = request.getPathInfo() == null ? "" : request.getPathInfo();
    Matcher edit = EDIT.matcher(info);
    if (info.equals("/new") || edit.matches()) {
      describe(request, response, edit.matches() ? Long.parseLong(edit.group(1)) : null);
      return;
    }
    Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    Map<String, String> typed = new LinkedHashMap<>();
    COUNTS.forEach(
        c -> typed.put(c, request.getParameter(c) == null ? "" : request.getParameter(c).strip()));
    FormRefusal refusal =
        (status, formError) -> {
          if (path.matches()) {
            EventView shown = events.get(Long.parseLong(path.group(1)), true);
            showEvent(request, response, status, shown, typed, Map.of(), null, formError);
          } else {
            error(request, response, HttpServletResponse.SC_NOT_FOUND);
          }
        };
    if (!acceptTeamPost(request, response, refusal)) {
      return;
    }
    if (!path.matches()) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = Languages.of(request);
    long id = Long.parseLong(path.group(1));
    EventView view = events.get(id, true);
    long version = formNumber(request, "version");
    if (version < 0) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if (path.group(2) != null) {
      Optional<EventState> target = formChoice(request, "to", EventState.class);
      if (target.isEmpty()) {
        error(request, response, HttpServletResponse.SC_BAD_REQUEST);
        return;
      }
      try {
        events.moveTo(id, target.get(), OptionalLong.of(version));
      } catch (IllegalTransitionException | StaleVersionException | ConflictException e) {
        showEvent(
            request,
            response,
            HttpServletResponse.SC_CONFLICT,
            events.get(id, true),
            values(events.get(id, true).description().counts()),
            Map.of(),
            null,
            WebMessages.text(locale, "teamEvents.error.conflict"));
        return;
      }
      redirect(request, response, "/team/events/" + id + "?done=moved");
      return;
    }
    Map<String, String> errors = new LinkedHashMap<>();
    List<Integer> numbers = new ArrayList<>();
    for (String name : COUNTS) {
      String value = typed.get(name);
      Integer number = null;
      if (!value.isEmpty()) {
        if (value.matches("[0-9]{1,7}") && Integer.parseInt(value) <= MAX_COUNT) {
          number = Integer.parseInt(value);
        } else {
          errors.put(name, WebMessages.text(locale, "teamEvents.error.number", MAX_COUNT));
        }
      }
      numbers.add(number);
    }
    if (errors.isEmpty()) {
      try {
        EventCounts counts =
            new EventCounts(
                numbers.get(0),
                numbers.get(1),
                numbers.get(2),
                numbers.get(3),
                numbers.get(4),
                numbers.get(5),
                numbers.get(6),
                numbers.get(7));
        events.describe(id, view.description().withCounts(counts), OptionalLong.of(version));
        redirect(request, response, "/team/events/" + id + "?done=counted");
        return;
      } catch (DomainRuleViolation e) {
        // The domain's own rule (more contributors than people present…), on its field.
        String field = e.field().replace("counts.", "");
        errors.put(COUNTS.contains(field) ? field : COUNTS.get(0), e.getMessage());
      } catch (StaleVersionException | ConflictException e) {
        showEvent(
            request,
            response,
            HttpServletResponse.SC_CONFLICT,
            events.get(id, true),
            typed,
            Map.of(),
            null,
            WebMessages.text(locale, "teamEvents.error.conflict"));
        return;
      }
    }
    showEvent(
        request, response, HttpServletResponse.SC_BAD_REQUEST, view, typed, errors, null, null);
  }

  /** Creates an event ({@code id} null) or describes one anew, its counts kept. */
  private void describe(HttpServletRequest request, HttpServletResponse response, Long id)
      throws IOException {
    Locale locale = Languages.of(request);
    PartsForm form = new PartsForm(request, locale, EventForm.FIELDS);
    String[] checked = request.getParameterValues(EventForm.THEMES);
    List<String> themes = checked == null ? List.of() : Arrays.stream(checked).limit(100).toList();
    if (!acceptTeamPost(
        request,
        response,
        (status, formError) ->
            showEventForm(
                request,
                response,
                status,
                id == null ? null : events.get(id, true),
                form.values(),
                themes,
                Map.of(),
                formError))) {
      return;
    }
    EventView editing = id == null ? null : events.get(id, true);
    long version = formNumber(request, "version");
    if (editing != null && version < 0) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    EventDescription description =
        EventForm.read(
            form,
            themes,
            taxonomy,
            events.defaultTimeZone(),
            editing == null ? EventCounts.NONE : editing.description().counts());
    if (description != null) {
      try {
        long saved =
            editing == null
                ? events.create(description).id()
                : events.describe(id, description, OptionalLong.of(version)).id();
        redirect(
            request,
            response,
            "/team/events/" + saved + "?done=" + (editing == null ? "created" : "described"));
        return;
      } catch (InvalidInputException e) {
        form.rule(e, "event-title");
      } catch (StaleVersionException | ConflictException e) {
        showEventForm(
            request,
            response,
            HttpServletResponse.SC_CONFLICT,
            editing == null ? null : events.get(id, true),
            form.values(),
            themes,
            Map.of(),
            WebMessages.text(locale, "teamEvents.error.conflict"));
        return;
      }
    }
    showEventForm(
        request,
        response,
        HttpServletResponse.SC_BAD_REQUEST,
        editing,
        form.values(),
        themes,
        form.errors(),
        null);
  }

  private void showEventForm(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      EventView editing,
      Map<String, String> values,
      List<String> themes,
      Map<String, String> errors,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    model.put("creating", editing == null);
    if (editing != null) {
      model.put("eventId", editing.id());
      model.put("version", editing.version());
      model.put("eventTitle", editing.description().title());
    }
    model.put("partValues", values);
    model.put("partErrors", errors);
    if (formError != null) {
      model.put("formError", formError);
    }
    model.put(
        "typeChoices",
        Arrays.stream(EventType.values())
            .map(
                t ->
                    new Choice(t.name(), WebMessages.text(locale, "event.type." + t.name()), false))
            .toList());
    model.put(
        "formatChoices",
        Arrays.stream(DreamCollectionFormat.values())
            .map(
                f ->
                    new Choice(
                        f.name(), WebMessages.text(locale, "eventForm.format." + f.name()), false))
            .toList());
    model.put("visibilityChoices", Choice.visibilities(locale, null));
    model.put(
        "campaignChoices",
        campaigns.list(true, null, new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
            .map(c -> new Choice(Long.toString(c.id()), c.description().name(), false))
            .toList());
    model.put(
        "themeChoices",
        taxonomy.concepts(TaxonomyScheme.THEMES).stream()
            .map(c -> new Choice(c.key(), Labels.label(c, locale), themes.contains(c.key())))
            .toList());
    render(request, response, status, "team-event-form", model);
  }

  private static Map<String, String> values(EventCounts c) {
    List<Integer> all =
        Arrays.asList(
            c.participantCount(),
            c.contributorCount(),
            c.wantToGetInvolvedCount(),
            c.wantToCarryCount(),
            c.solutionsPresentedCount(),
            c.totalAttendance(),
            c.tables(),
            c.dreamCount());
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < COUNTS.size(); i++) {
      values.put(COUNTS.get(i), all.get(i) == null ? "" : all.get(i).toString());
    }
    return values;
  }

  private void showList(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = Languages.of(request);
    Page<EventView> page =
        events.list(
            true,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            true,
            page(request, 20));
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put(
        "events",
        page.map(
                e ->
                    new TeamEvent(
                        e.id(),
                        e.description().title(),
                        WebMessages.text(locale, "event.type." + e.description().type().name()),
                        Labels.dateTime(e.description().startsAt(), locale),
                        WebMessages.text(locale, "teamEvents.state." + e.state().name())))
            .items());
    model.put("page", page.page());
    model.put("pages", page.totalPages());
    render(request, response, "team-events", model);
  }

  private void showEvent(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      EventView view,
      Map<String, String> typed,
      Map<String, String> errors,
      String notice,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    model.put("eventId", view.id());
    model.put("version", view.version());
    model.put("eventTitle", view.description().title());
    model.put("type", WebMessages.text(locale, "event.type." + view.description().type().name()));
    model.put("startsAt", Labels.dateTime(view.description().startsAt(), locale));
    model.put("state", WebMessages.text(locale, "teamEvents.state." + view.state().name()));
    model.put("countable", view.state() != EventState.CANCELLED);
    model.put("errors", errors);
    boolean collection = view.description().type() == EventType.DREAM_COLLECTION;
    model.put(
        "counts",
        COUNTS.stream()
            .filter(c -> collection || !c.equals("dreamCount"))
            .map(
                c ->
                    new CountField(
                        c,
                        WebMessages.text(locale, "teamEvents.count." + c),
                        typed.getOrDefault(c, ""),
                        errors.get(c)))
            .toList());
    model.put(
        "next",
        view.state().next().stream()
            .sorted()
            .map(
                s ->
                    new Choice(
                        s.name(), WebMessages.text(locale, "teamEvents.to." + s.name()), false))
            .toList());
    notices(model, notice, formError);
    render(request, response, status, "team-event", model);
  }
}
