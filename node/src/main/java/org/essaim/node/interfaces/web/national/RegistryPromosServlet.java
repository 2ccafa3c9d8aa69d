// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.national;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.application.registry.PromoService;
import org.essaim.node.application.registry.PromoView;
import org.essaim.node.application.registry.RegistryService;
import org.essaim.node.application.registry.TerritoryRef;
import org.essaim.node.domain.model.registry.PromoModule;
import org.essaim.node.domain.model.registry.PromoTerms;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;

/**
 * {@code /registry/promos} on the aggregator (administrators): the promos, and forms creating one
 * ({@code /new}), editing one ({@code /12}: number, name, period, duration, committee date, member
 * territories; its co-animators and modules are kept) and deleting one after a confirmation ({@code
 * /12/delete}). The same service and rules as {@code /api/admin/registry/promos}.
 */
@WebServlet(urlPatterns = {"/registry/promos", "/registry/promos/*"})
public class RegistryPromosServlet extends NationalPage {

  private static final long serialVersionUID = 1L;
  private static final Pattern PROMO = Pattern.compile("/([1-9][0-9]{0,17})");
  private static final Pattern DELETE = Pattern.compile("/([1-9][0-9]{0,17})/delete");
  private static final List<String> FIELDS =
      List.of("number", "name", "period", "durationMonths", "eligibilityCommitteeDate");

  @Inject transient PromoService promos;
  @Inject transient RegistryService registry;

  /** A promo, its territories named. */
  public record PromoItem(
      long id, String title, String period, List<String> members, List<String> coAnimators) {}

  /** A registry territory as a member checkbox. */
  public record MemberChoice(long id, String name, boolean checked) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireAdmin(request, response)) {
      return;
    }
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    Matcher promo = PROMO.matcher(path);
    Matcher delete = DELETE.matcher(path);
    if (path.isEmpty() || path.equals("/")) {
      list(request, response);
    } else if (path.equals("/new")) {
      form(request, response, HttpServletResponse.SC_OK, null, Map.of(), Set.of(), Map.of());
    } else if (promo.matches()) {
      PromoView view = promos.get(Long.parseLong(promo.group(1)));
      form(
          request,
          response,
          HttpServletResponse.SC_OK,
          view,
          valuesOf(view),
          view.members().stream()
              .map(TerritoryRef::id)
              .collect(java.util.stream.Collectors.toSet()),
          Map.of());
    } else if (delete.matches()) {
      PromoView view = promos.get(Long.parseLong(delete.group(1)));
      Map<String, Object> model = model();
      model.put("promo", item(view, Languages.of(request)));
      model.put("version", view.version());
      model.put("csrf", CsrfTokens.token(request));
      render(request, response, "national-registry-promo-delete", model);
    } else {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    Matcher promo = PROMO.matcher(path);
    Matcher delete = DELETE.matcher(path);
    boolean creating = path.equals("/new");
    if (!creating && !promo.matches() && !delete.matches()) {
      if (requireAdmin(request, response)) {
        error(request, response, HttpServletResponse.SC_NOT_FOUND);
      }
      return;
    }
    Map<String, String> values = values(request);
    Set<Long> members = members(request);
    PromoView current =
        creating ? null : promos.get(Long.parseLong((promo.matches() ? promo : delete).group(1)));
    if (!acceptAdminPost(
        request,
        response,
        (code, formError) ->
            form(request, response, code, current, values, members, Map.of("number", formError)))) {
      return;
    }
    Locale locale = Languages.of(request);
    OptionalLong version = version(request);
    if (delete.matches()) {
      try {
        promos.delete(current.id(), version);
        redirect(request, response, "/registry/promos?done=deleted");
      } catch (StaleVersionException e) {
        redirect(request, response, "/registry/promos/" + current.id() + "/delete");
      }
      return;
    }
    Map<String, String> errors = new LinkedHashMap<>();
    PromoTerms terms = terms(values, current, errors, locale);
    boolean taken = false;
    if (errors.isEmpty()) {
      try {
        PromoView saved =
            creating
                ? promos.create(terms, List.copyOf(members))
                : promos.describe(current.id(), terms, List.copyOf(members), version);
        redirect(
            request,
            response,
            "/registry/promos?done=" + (creating ? "created" : "saved") + "#promo-" + saved.id());
        return;
      } catch (ConflictException e) {
        taken = true;
        errors.put("number", WebMessages.text(locale, "national.promoForm.error.taken"));
      } catch (StaleVersionException e) {
        PromoView fresh = promos.get(current.id());
        form(
            request,
            response,
            HttpServletResponse.SC_CONFLICT,
            fresh,
            valuesOf(fresh),
            fresh.members().stream()
                .map(TerritoryRef::id)
                .collect(java.util.stream.Collectors.toSet()),
            Map.of("number", WebMessages.text(locale, "national.promoForm.error.stale")));
        return;
      } catch (InvalidInputException e) {
        e.errors()
            .forEach(
                f ->
                    errors.putIfAbsent(
                        f.field().startsWith("members") ? "members" : "number",
                        WebMessages.text(locale, "national.form.error.invalid")));
      }
    }
    form(
        request,
        response,
        taken ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST,
        current,
        values,
        members,
        errors);
  }

  private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Locale locale = Languages.of(request);
    Map<String, Object> model = model();
    model.put("promos", promos.list().stream().map(p -> item(p, locale)).toList());
    String notice = doneNotice(request, "national.promoForm.done.", "created", "saved", "deleted");
    if (notice != null) {
      model.put("notice", notice);
    }
    render(request, response, "national-registry-promos", model);
  }

  private void form(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      PromoView promo,
      Map<String, String> values,
      Set<Long> members,
      Map<String, String> errors)
      throws IOException {
    Map<String, Object> model = model();
    model.put("promo", promo);
    model.put("values", values);
    model.put("errors", errors);
    model.put("csrf", CsrfTokens.token(request));
    model.put(
        "memberChoices",
        everyPage(page -> registry.list(null, null, null, largest(page))).stream()
            .map(v -> new MemberChoice(v.id(), v.name(), members.contains(v.id())))
            .toList());
    render(request, response, status, "national-registry-promo", model);
  }

  /**
   * The promo's terms from the form, or null with the field errors. Editing keeps the promo's
   * co-animators and modules, which this form does not show.
   */
  private static PromoTerms terms(
      Map<String, String> values, PromoView current, Map<String, String> errors, Locale locale) {
    long number = wholeNumber(values.get("number"));
    if (number < 1 || number > 1000) {
      errors.put("number", WebMessages.text(locale, "national.promoForm.error.number"));
    }
    Integer duration = null;
    if (!values.get("durationMonths").isEmpty()) {
      long months = wholeNumber(values.get("durationMonths"));
      if (months < 1 || months > 60) {
        errors.put("durationMonths", WebMessages.text(locale, "national.promoForm.error.duration"));
      } else {
        duration = (int) months;
      }
    }
    LocalDate committee = null;
    if (!values.get("eligibilityCommitteeDate").isEmpty()) {
      try {
        committee = LocalDate.parse(values.get("eligibilityCommitteeDate"));
      } catch (DateTimeParseException e) {
        errors.put(
            "eligibilityCommitteeDate", WebMessages.text(locale, "national.form.error.invalid"));
      }
    }
    if (!errors.isEmpty()) {
      return null;
    }
    List<Long> coAnimators =
        current == null ? List.of() : current.coAnimators().stream().map(TerritoryRef::id).toList();
    List<PromoModule> modules =
        current == null
            ? List.of()
            : current.modules().stream()
                .map(
                    m ->
                        new PromoModule(
                            "modules",
                            m.title(),
                            m.format(),
                            m.coAnimator() == null ? null : m.coAnimator().id(),
                            m.openToLabelled()))
                .toList();
    try {
      return new PromoTerms(
          (int) number,
          values.get("name"),
          values.get("period"),
          duration,
          committee,
          coAnimators,
          modules);
    } catch (DomainRuleViolation e) {
      String field = FIELDS.contains(e.field()) ? e.field() : "number";
      String specific = WebMessages.text(locale, "national.promoForm.error." + field);
      errors.put(
          field,
          specific != null ? specific : WebMessages.text(locale, "national.form.error.invalid"));
      return null;
    }
  }

  private static Map<String, String> values(HttpServletRequest request) {
    Map<String, String> values = new HashMap<>();
    for (String name : FIELDS) {
      String v = request.getParameter(name);
      values.put(name, v == null ? "" : v.strip());
    }
    return values;
  }

  private static Map<String, String> valuesOf(PromoView view) {
    Map<String, String> values = new HashMap<>();
    values.put("number", Integer.toString(view.number()));
    values.put("name", view.name() == null ? "" : view.name());
    values.put("period", view.period() == null ? "" : view.period());
    values.put(
        "durationMonths", view.durationMonths() == null ? "" : view.durationMonths().toString());
    values.put(
        "eligibilityCommitteeDate",
        view.eligibilityCommitteeDate() == null ? "" : view.eligibilityCommitteeDate().toString());
    return values;
  }

  /** The checked member territories; ids that are not whole numbers are ignored. */
  private static Set<Long> members(HttpServletRequest request) {
    String[] checked = request.getParameterValues("members");
    if (checked == null) {
      return Set.of();
    }
    return java.util.Arrays.stream(checked)
        .limit(500)
        .mapToLong(v -> wholeNumber(v))
        .filter(id -> id > 0)
        .boxed()
        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  private static OptionalLong version(HttpServletRequest request) {
    long version = formNumber(request, "version");
    return version < 0 ? OptionalLong.empty() : OptionalLong.of(version);
  }

  static PromoItem item(PromoView p, Locale locale) {
    return new PromoItem(
        p.id(),
        WebMessages.text(locale, "national.promo.title", p.number(), p.name()),
        p.period(),
        p.members().stream().map(TerritoryRef::name).toList(),
        p.coAnimators().stream().map(TerritoryRef::name).toList());
  }

  private static Map<String, Object> model() {
    Map<String, Object> model = new HashMap<>();
    model.put("section", "registry");
    return model;
  }
}
