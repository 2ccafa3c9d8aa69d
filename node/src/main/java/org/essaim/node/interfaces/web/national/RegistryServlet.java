// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.national;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.essaim.federation.vocab.Actor;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.application.registry.CommitteeService;
import org.essaim.node.application.registry.PromoService;
import org.essaim.node.application.registry.PromoView;
import org.essaim.node.application.registry.RegistryService;
import org.essaim.node.application.registry.TerritoryEntryView;
import org.essaim.node.domain.model.registry.CommitteeDecision;
import org.essaim.node.domain.model.registry.CommitteeKind;
import org.essaim.node.domain.model.registry.Criterion;
import org.essaim.node.domain.model.registry.CriterionAssessment;
import org.essaim.node.domain.model.registry.EntryDescription;
import org.essaim.node.domain.model.registry.LabelStatus;
import org.essaim.node.domain.model.registry.LabelStatusChange;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.infrastructure.federation.peers.PeerLookup;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * {@code /registry} on the aggregator, for its administrators: the registered territories (all of
 * them, prospects included), registering one, editing its description, moving it along the label
 * path with a reason (its history and committee decisions shown), the promos and the sponsorship
 * graph. The same services as {@code /api/admin/registry/…}.
 */
@WebServlet(urlPatterns = {"/registry", "/registry/*"})
public class RegistryServlet extends NationalPage {

  private static final long serialVersionUID = 1L;

  private static final Pattern TERRITORY = Pattern.compile("/territories/([1-9][0-9]{0,17})");
  private static final Pattern STATUS = Pattern.compile("/territories/([1-9][0-9]{0,17})/status");
  private static final Pattern REVIEWS = Pattern.compile("/territories/([1-9][0-9]{0,17})/reviews");
  private static final int MAX_NOTES = 20_000;
  private static final int MAX_NAME = 200;
  private static final int MAX_AREA = 100;
  private static final int MAX_ACTOR = 500;

  @Inject transient RegistryService registry;
  @Inject transient PromoService promos;
  @Inject transient CommitteeService committees;
  @Inject transient PeerLookup lookup;
  @Inject transient TerritoryMap map;

  /** A registered territory in the list. */
  public record Row(
      long id, String name, String place, String status, String promo, String following) {}

  /** A move of the territory's history, in words. */
  public record Move(String at, String from, String to, String reason, String by) {}

  /** A committee decision, in words (its private notes stay on the API). */
  public record Review(String date, String kind, String decision) {}

  /** The committee form of a territory that awaits one. */
  public record CommitteeForm(
      String kind,
      String title,
      List<Choice> criteria,
      List<Choice> decisions,
      Map<String, String> values,
      Map<String, String> errors) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireAdmin(request, response)) {
      return;
    }
    String path = path(request);
    Matcher territory = TERRITORY.matcher(path);
    if (path.isEmpty() || path.equals("/")) {
      list(request, response);
    } else if (path.equals("/territories/new")) {
      Map<String, String> values = new HashMap<>();
      values.put("country", "FR");
      values.put("status", LabelStatus.PROSPECT.name());
      newForm(request, response, HttpServletResponse.SC_OK, values, Map.of());
    } else if (territory.matches()) {
      long id = Long.parseLong(territory.group(1));
      String notice =
          doneNotice(request, "national.registry.done.", "created", "saved", "moved", "reviewed");
      edit(request, response, HttpServletResponse.SC_OK, id, null, Map.of(), Map.of(), notice);
    } else {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = path(request);
    Matcher territory = TERRITORY.matcher(path);
    Matcher status = STATUS.matcher(path);
    Matcher reviews = REVIEWS.matcher(path);
    long id =
        territory.matches()
            ? Long.parseLong(territory.group(1))
            : status.matches()
                ? Long.parseLong(status.group(1))
                : reviews.matches() ? Long.parseLong(reviews.group(1)) : -1;
    boolean registering = path.equals("/territories/new");
    // A stale token shows the form again where this page puts a message about the whole form:
    // the registration form's first field, a territory's notice (as for a stale version).
    FormRefusal refusal =
        (code, formError) -> {
          if (registering) {
            newForm(
                request,
                response,
                code,
                values(request, "actor", "status", "labelDate"),
                Map.of("actor", formError));
          } else if (id > 0) {
            edit(request, response, code, id, null, Map.of(), Map.of(), formError);
          } else {
            error(request, response, code);
          }
        };
    if (!acceptAdminPost(request, response, refusal)) {
      return;
    }
    if (registering) {
      register(request, response);
    } else if (territory.matches()) {
      describe(request, response, id);
    } else if (status.matches()) {
      move(request, response, id);
    } else if (reviews.matches()) {
      review(request, response, id);
    } else {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
    }
  }

  // --- The list.

  private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Locale locale = Languages.of(request);
    Map<Long, String> promoNames = promoNames();
    List<Row> rows = new ArrayList<>();
    for (TerritoryEntryView v : everyPage(page -> registry.list(null, null, null, largest(page)))) {
      rows.add(
          new Row(
              v.id(),
              v.name(),
              v.department() == null ? v.region() : v.department() + ", " + v.region(),
              status(v.labelStatus(), locale),
              v.promoId() == null ? "—" : promoNames.getOrDefault(v.promoId(), "—"),
              WebMessages.text(locale, "national.registry.following." + v.following())));
    }
    Map<String, Object> model = model();
    model.put("rows", rows);
    String notice = doneNotice(request, "national.registry.done.", "removed");
    if (notice != null) {
      model.put("notice", notice);
    }
    render(request, response, "national-registry", model);
  }

  // --- Registering a territory.

  private void register(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, String> values = values(request, "actor", "status", "labelDate");
    Map<String, String> errors = new LinkedHashMap<>();
    EntryDescription description = description(values, errors, locale);
    Optional<LabelStatus> status = WebPage.named(LabelStatus.class, values.get("status"));
    if (status.isEmpty()) {
      errors.put("status", WebMessages.text(locale, "national.form.error.choose"));
    }
    LocalDate labelDate = date(values.get("labelDate"), "labelDate", errors, locale);
    String actorAddress = values.get("actor");
    if (actorAddress.isEmpty()) {
      errors.put("actor", WebMessages.text(locale, "national.form.error.required"));
    } else if (actorAddress.length() > MAX_ACTOR) {
      errors.put("actor", WebMessages.text(locale, "national.form.error.tooLong", MAX_ACTOR));
    }
    if (!errors.isEmpty()) {
      newForm(request, response, HttpServletResponse.SC_BAD_REQUEST, values, errors);
      return;
    }
    Actor actor;
    try {
      actor = lookup.resolve(actorAddress);
    } catch (InvalidInputException e) {
      errors.put("actor", WebMessages.text(locale, "national.form.error.actor"));
      newForm(request, response, HttpServletResponse.SC_BAD_REQUEST, values, errors);
      return;
    }
    TerritoryEntryView created;
    try {
      created = registry.register(actor, description, status.get(), labelDate);
    } catch (ConflictException e) {
      errors.put("actor", WebMessages.text(locale, "national.form.error.registered"));
      newForm(request, response, HttpServletResponse.SC_CONFLICT, values, errors);
      return;
    } catch (InvalidInputException e) {
      e.errors().forEach(f -> errors.put(field(f.field()), invalid(f.field(), locale)));
      newForm(request, response, HttpServletResponse.SC_BAD_REQUEST, values, errors);
      return;
    } catch (DomainRuleViolation e) {
      errors.put(field(e.field()), invalid(e.field(), locale));
      newForm(request, response, HttpServletResponse.SC_BAD_REQUEST, values, errors);
      return;
    }
    redirect(request, response, "/registry/territories/" + created.id() + "?done=created");
  }

  private void newForm(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      Map<String, String> values,
      Map<String, String> errors)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, Object> model = model();
    model.put("values", values);
    model.put("errors", errors);
    model.put("promos", promoOptions(values.get("promo")));
    model.put(
        "statuses",
        Arrays.stream(LabelStatus.values())
            .map(
                s -> new Choice(s.name(), status(s, locale), s.name().equals(values.get("status"))))
            .toList());
    model.put("csrf", CsrfTokens.token(request));
    render(request, response, status, "national-registry-new", model);
  }

  // --- One territory: its description, its status, its history.

  private void describe(HttpServletRequest request, HttpServletResponse response, long id)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, String> values = values(request);
    Map<String, String> errors = new LinkedHashMap<>();
    EntryDescription description = description(values, errors, locale);
    OptionalLong version = version(request);
    if (version.isEmpty()) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if (errors.isEmpty()) {
      try {
        registry.describe(id, description, version);
        redirect(request, response, "/registry/territories/" + id + "?done=saved");
        return;
      } catch (InvalidInputException e) {
        e.errors().forEach(f -> errors.put(field(f.field()), invalid(f.field(), locale)));
      } catch (DomainRuleViolation e) {
        errors.put(field(e.field()), invalid(e.field(), locale));
      } catch (StaleVersionException e) {
        changedMeanwhile(request, response, id);
        return;
      }
    }
    edit(request, response, HttpServletResponse.SC_BAD_REQUEST, id, values, errors, Map.of(), null);
  }

  private void move(HttpServletRequest request, HttpServletResponse response, long id)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, String> values = values(request, "status", "labelDate", "reason");
    Map<String, String> errors = new LinkedHashMap<>();
    OptionalLong version = version(request);
    if (version.isEmpty()) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Optional<LabelStatus> target = WebPage.named(LabelStatus.class, values.get("status"));
    if (target.isEmpty()) {
      errors.put("status", WebMessages.text(locale, "national.form.error.choose"));
    }
    LocalDate labelDate = date(values.get("labelDate"), "labelDate", errors, locale);
    if (values.get("reason").length() > LabelStatusChange.MAX_REASON) {
      errors.put(
          "reason",
          WebMessages.text(locale, "national.form.error.tooLong", LabelStatusChange.MAX_REASON));
    }
    if (errors.isEmpty()) {
      try {
        registry.changeStatus(
            id,
            target.get(),
            labelDate,
            values.get("reason"),
            request.getUserPrincipal().getName(),
            version);
        redirect(request, response, "/registry/territories/" + id + "?done=moved");
        return;
      } catch (DomainRuleViolation e) {
        errors.put(field(e.field()), invalid(e.field(), locale));
      } catch (IllegalTransitionException e) {
        errors.put("status", WebMessages.text(locale, "national.registry.error.transition"));
      } catch (StaleVersionException e) {
        changedMeanwhile(request, response, id);
        return;
      }
    }
    edit(request, response, HttpServletResponse.SC_BAD_REQUEST, id, null, Map.of(), errors, null);
  }

  /** The territory's page again at 409: someone changed the entry since this form was loaded. */
  private void changedMeanwhile(HttpServletRequest request, HttpServletResponse response, long id)
      throws IOException {
    edit(
        request,
        response,
        HttpServletResponse.SC_CONFLICT,
        id,
        null,
        Map.of(),
        Map.of(),
        WebMessages.text(Languages.of(request), "national.registry.error.stale"));
  }

  private void edit(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      long id,
      Map<String, String> described,
      Map<String, String> describeErrors,
      Map<String, String> moveErrors,
      String notice)
      throws IOException {
    edit(
        request,
        response,
        status,
        id,
        described,
        describeErrors,
        moveErrors,
        notice,
        Map.of(),
        Map.of());
  }

  private void edit(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      long id,
      Map<String, String> described,
      Map<String, String> describeErrors,
      Map<String, String> moveErrors,
      String notice,
      Map<String, String> reviewValues,
      Map<String, String> reviewErrors)
      throws IOException {
    Locale locale = Languages.of(request);
    TerritoryEntryView entry;
    try {
      entry = registry.get(id);
    } catch (NotFoundException e) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Map<String, String> values = described;
    if (values == null) {
      values = new HashMap<>();
      values.put("name", entry.name());
      values.put("region", entry.region());
      values.put("department", entry.department() == null ? "" : entry.department());
      values.put("country", entry.country());
      values.put("promo", entry.promoId() == null ? "" : entry.promoId().toString());
    }
    Map<String, String> moveValues =
        moveErrors.isEmpty() ? Map.of() : values(request, "status", "labelDate", "reason");
    Map<String, Object> model = model();
    model.put("entry", entry);
    model.put("statusText", status(entry.labelStatus(), locale));
    model.put(
        "labelDate", entry.labelDate() == null ? null : Labels.date(entry.labelDate(), locale));
    model.put(
        "located", map.locate(entry.country(), entry.region(), entry.department()).isPresent());
    model.put("values", values);
    model.put("errors", describeErrors);
    model.put("moveValues", moveValues);
    model.put("moveErrors", moveErrors);
    model.put("notice", notice);
    model.put("promos", promoOptions(values.get("promo")));
    EnumSet<LabelStatus> next = EnumSet.copyOf(entry.labelStatus().next());
    model.put(
        "nextStatuses",
        next.stream()
            .map(
                s ->
                    new Choice(
                        s.name(), status(s, locale), s.name().equals(moveValues.get("status"))))
            .toList());
    model.put(
        "history",
        registry.statusHistory(id).stream()
            .map(
                m ->
                    new Move(
                        day(m.at(), locale),
                        m.from() == null ? "—" : status(m.from(), locale),
                        status(m.to(), locale),
                        m.reason(),
                        m.by()))
            .toList());
    model.put(
        "reviews",
        committees.reviews(id).stream()
            .map(
                r ->
                    new Review(
                        Labels.date(r.committeeDate(), locale),
                        WebMessages.text(locale, "national.committee." + r.kind().name()),
                        WebMessages.text(locale, "national.decision." + r.decision().name())))
            .toList());
    committeeKind(entry.labelStatus())
        .ifPresent(
            kind ->
                model.put(
                    "committee", committeeForm(kind, reviewValues, reviewErrors, request, locale)));
    model.put("csrf", CsrfTokens.token(request));
    render(request, response, status, "national-registry-territory", model);
  }

  // --- A committee's decision.

  private void review(HttpServletRequest request, HttpServletResponse response, long id)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, String> values = new HashMap<>();
    for (String name : List.of("committeeDate", "decision", "notes")) {
      String value = request.getParameter(name);
      values.put(name, value == null ? "" : value.strip());
    }
    Map<String, String> errors = new LinkedHashMap<>();
    TerritoryEntryView entry;
    try {
      entry = registry.get(id);
    } catch (NotFoundException e) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<CommitteeKind> kind = committeeKind(entry.labelStatus());
    if (kind.isEmpty()) {
      // Its status moved meanwhile: no committee reviews it now.
      changedMeanwhile(request, response, id);
      return;
    }
    LocalDate date = date(values.get("committeeDate"), "committeeDate", errors, locale);
    if (values.get("committeeDate").isEmpty()) {
      errors.put("committeeDate", WebMessages.text(locale, "national.form.error.required"));
    }
    Optional<CommitteeDecision> decision =
        kind.get().decisions().stream()
            .filter(d -> d.name().equals(values.get("decision")))
            .findFirst();
    if (decision.isEmpty()) {
      errors.put("decision", WebMessages.text(locale, "national.form.error.choose"));
    }
    if (values.get("notes").length() > MAX_NOTES) {
      errors.put("notes", WebMessages.text(locale, "national.form.error.tooLong", MAX_NOTES));
    }
    Set<String> met = Set.copyOf(parameters(request, "met"));
    List<CriterionAssessment> criteria = new ArrayList<>();
    for (Criterion criterion : kind.get().criteria()) {
      criteria.add(
          new CriterionAssessment(
              "criteria[" + criteria.size() + "]",
              criterion,
              met.contains(criterion.name()),
              null));
    }
    if (decision.isPresent()
        && decision.get().positive()
        && criteria.stream().anyMatch(c -> !c.met())) {
      errors.put("criteria", WebMessages.text(locale, "national.committee.error.unmet"));
    }
    values.put("met", String.join(",", met));
    if (errors.isEmpty()) {
      try {
        committees.record(
            id,
            kind.get(),
            date,
            criteria,
            decision.get(),
            values.get("notes"),
            null,
            request.getUserPrincipal().getName());
        redirect(request, response, "/registry/territories/" + id + "?done=reviewed");
        return;
      } catch (DomainRuleViolation e) {
        errors.put(
            e.field().startsWith("criteria") ? "criteria" : e.field(),
            WebMessages.text(locale, "national.form.error.invalid"));
      } catch (ConflictException | IllegalTransitionException e) {
        errors.put("decision", WebMessages.text(locale, "national.registry.error.transition"));
      }
    }
    edit(
        request,
        response,
        HttpServletResponse.SC_BAD_REQUEST,
        id,
        null,
        Map.of(),
        Map.of(),
        null,
        values,
        errors);
  }

  /** The committee that reviews territories in this status, if any. */
  private static Optional<CommitteeKind> committeeKind(LabelStatus status) {
    return Arrays.stream(CommitteeKind.values()).filter(k -> k.reviews() == status).findFirst();
  }

  private static CommitteeForm committeeForm(
      CommitteeKind kind,
      Map<String, String> values,
      Map<String, String> errors,
      HttpServletRequest request,
      Locale locale) {
    Set<String> met =
        values.getOrDefault("met", "").isEmpty() ? Set.of() : Set.of(values.get("met").split(","));
    return new CommitteeForm(
        kind.name(),
        WebMessages.text(locale, "national.committee." + kind.name()),
        kind.criteria().stream()
            .map(
                c ->
                    new Choice(
                        c.name(),
                        WebMessages.text(locale, "national.criterion." + c.name()),
                        met.contains(c.name())))
            .toList(),
        kind.decisions().stream()
            .map(
                d ->
                    new Choice(
                        d.name(),
                        WebMessages.text(locale, "national.decision." + d.name()),
                        d.name().equals(values.get("decision"))))
            .toList(),
        values,
        errors);
  }

  private static List<String> parameters(HttpServletRequest request, String name) {
    String[] values = request.getParameterValues(name);
    return values == null ? List.of() : List.of(values);
  }

  // --- Helpers.

  private Map<String, Object> model() {
    Map<String, Object> model = new HashMap<>();
    model.put("section", "registry");
    return model;
  }

  private static String path(HttpServletRequest request) {
    return request.getPathInfo() == null ? "" : request.getPathInfo();
  }

  private Map<Long, String> promoNames() {
    return promos.list().stream()
        .collect(Collectors.toMap(PromoView::id, PromoView::name, (a, b) -> a));
  }

  private List<Choice> promoOptions(String selected) {
    return promos.list().stream()
        .map(
            p ->
                new Choice(
                    Long.toString(p.id()),
                    p.number() + " – " + p.name(),
                    Long.toString(p.id()).equals(selected)))
        .toList();
  }

  /** The description fields, and these others, as typed (stripped, never null). */
  private static Map<String, String> values(HttpServletRequest request, String... others) {
    Map<String, String> values = new HashMap<>();
    List<String> names =
        new ArrayList<>(List.of("name", "region", "department", "country", "promo"));
    names.addAll(List.of(others));
    for (String name : names) {
      String value = request.getParameter(name);
      values.put(name, value == null ? "" : value.strip());
    }
    return values;
  }

  /** The description, or null with its errors (in the visitor's language) next to the fields. */
  private static EntryDescription description(
      Map<String, String> values, Map<String, String> errors, Locale locale) {
    required(values, "name", MAX_NAME, errors, locale);
    required(values, "region", MAX_AREA, errors, locale);
    if (values.get("department").length() > MAX_AREA) {
      errors.put("department", WebMessages.text(locale, "national.form.error.tooLong", MAX_AREA));
    }
    if (!Set.of("FR", "LU").contains(values.get("country"))) {
      errors.put("country", WebMessages.text(locale, "national.form.error.choose"));
    }
    Long promo = null;
    if (!values.get("promo").isEmpty()) {
      if (values.get("promo").matches("[1-9][0-9]{0,17}")) {
        promo = Long.parseLong(values.get("promo"));
      } else {
        errors.put("promo", WebMessages.text(locale, "national.form.error.choose"));
      }
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new EntryDescription(
        values.get("name"),
        values.get("region"),
        values.get("department"),
        values.get("country"),
        promo);
  }

  private static void required(
      Map<String, String> values,
      String field,
      int max,
      Map<String, String> errors,
      Locale locale) {
    String value = values.get(field);
    if (value.isEmpty()) {
      errors.put(field, WebMessages.text(locale, "national.form.error.required"));
    } else if (value.length() > max) {
      errors.put(field, WebMessages.text(locale, "national.form.error.tooLong", max));
    }
  }

  private static LocalDate date(
      String value, String field, Map<String, String> errors, Locale locale) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.put(field, WebMessages.text(locale, "national.form.error.date"));
      return null;
    }
  }

  private static OptionalLong version(HttpServletRequest request) {
    long version = formNumber(request, "version");
    return version < 0 ? OptionalLong.empty() : OptionalLong.of(version);
  }

  /** The form field of a service's field name ({@code promoId} is the form's {@code promo}). */
  private static String field(String serviceField) {
    return "promoId".equals(serviceField) ? "promo" : serviceField;
  }

  private static String invalid(String serviceField, Locale locale) {
    String specific = WebMessages.text(locale, "national.form.error." + field(serviceField));
    return specific != null ? specific : WebMessages.text(locale, "national.form.error.invalid");
  }

  private static String status(LabelStatus status, Locale locale) {
    return WebMessages.text(locale, "national.status." + status.name());
  }
}
