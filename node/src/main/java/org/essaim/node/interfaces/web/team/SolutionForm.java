// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.TransferableSolutionView;
import org.essaim.node.domain.model.solution.CostRange;
import org.essaim.node.domain.model.solution.TransferMode;
import org.essaim.node.domain.model.solution.TransferableSolutionDescription;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * What the transferable-solution form sent, as typed, and the errors found under each field's name.
 * The rules are {@link TransferableSolutionDescription}'s and the service's (the source project and
 * the contact organisation must exist); the lists (success factors, watch points) are written one
 * per line.
 */
public final class SolutionForm {

  private static final int MAX_KEYS = 50;
  private static final String[] FIELDS = {
    "projectId",
    "title",
    "problemAddressed",
    "model",
    "prerequisites",
    "keySuccessFactors",
    "watchPoints",
    "transferMode",
    "costsMin",
    "costsMax",
    "costsNote",
    "contactOrganizationId",
    "visibility"
  };

  private final Map<String, String> values = new LinkedHashMap<>();
  private final List<String> themes;
  private final Map<String, String> errors = new LinkedHashMap<>();

  private SolutionForm(List<String> themes) {
    this.themes = themes;
  }

  static SolutionForm blank(long projectId) {
    SolutionForm form = new SolutionForm(List.of());
    for (String field : FIELDS) {
      form.values.put(field, "");
    }
    form.values.put("projectId", projectId > 0 ? Long.toString(projectId) : "");
    return form;
  }

  static SolutionForm of(TransferableSolutionView view) {
    TransferableSolutionDescription d = view.description();
    SolutionForm form = new SolutionForm(d.themes());
    form.values.put("projectId", Long.toString(view.projectId()));
    form.values.put("title", text(d.title()));
    form.values.put("problemAddressed", text(d.problemAddressed()));
    form.values.put("model", text(d.model()));
    form.values.put("prerequisites", text(d.prerequisites()));
    form.values.put("keySuccessFactors", String.join("\n", d.keySuccessFactors()));
    form.values.put("watchPoints", String.join("\n", d.watchPoints()));
    form.values.put("transferMode", d.transferMode().name());
    CostRange costs = d.costs();
    form.values.put("costsMin", costs == null ? "" : plain(costs.minEur()));
    form.values.put("costsMax", costs == null ? "" : plain(costs.maxEur()));
    form.values.put("costsNote", costs == null ? "" : text(costs.note()));
    form.values.put("contactOrganizationId", Long.toString(d.contactOrganizationId()));
    form.values.put("visibility", d.visibility() == null ? "" : d.visibility().name());
    return form;
  }

  static SolutionForm read(HttpServletRequest request) {
    String[] themes = request.getParameterValues("themes");
    SolutionForm form =
        new SolutionForm(
            themes == null ? List.of() : Arrays.stream(themes).limit(MAX_KEYS + 1L).toList());
    for (String field : FIELDS) {
      String value = request.getParameter(field);
      form.values.put(field, value == null ? "" : value);
    }
    return form;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
  }

  /** The description, or empty with {@link #errors()} filled in. */
  Optional<TransferableSolutionDescription> validate(Taxonomy taxonomy, Locale locale) {
    limit("title", TransferableSolutionDescription.MAX_TITLE, locale);
    for (String field : new String[] {"problemAddressed", "model", "prerequisites"}) {
      limit(field, TransferableSolutionDescription.MAX_TEXT, locale);
    }
    List<String> factors = lines("keySuccessFactors", locale);
    List<String> watchPoints = lines("watchPoints", locale);
    if (themes.size() > MAX_KEYS
        || themes.stream().anyMatch(t -> !taxonomy.contains(TaxonomyScheme.THEMES, t))) {
      reject("themes", locale, "teamProjects.error.choice");
    }
    TransferMode mode = WebPage.named(TransferMode.class, values.get("transferMode")).orElse(null);
    if (mode == null) {
      reject("transferMode", locale, "teamSolutions.error.transferMode");
    }
    BigDecimal min = amount("costsMin", locale);
    BigDecimal max = amount("costsMax", locale);
    limit("costsNote", 1000, locale);
    long contact = WebPage.wholeNumber(values.get("contactOrganizationId"));
    if (contact < 1) {
      reject("contactOrganizationId", locale, "teamSolutions.error.contact");
    }
    Visibility visibility = null;
    if (!values.get("visibility").isEmpty()) {
      visibility = WebPage.named(Visibility.class, values.get("visibility")).orElse(null);
      if (visibility == null) {
        reject("visibility", locale, "teamProjects.error.choice");
      }
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new TransferableSolutionDescription(
              values.get("title"),
              values.get("problemAddressed"),
              themes,
              values.get("model"),
              values.get("prerequisites"),
              factors,
              watchPoints,
              mode,
              new CostRange(min, max, values.get("costsNote")),
              contact,
              visibility));
    } catch (DomainRuleViolation e) {
      // The cost bounds' order is the only rule left to the domain; say it on the upper bound.
      put(e.field(), e.getMessage(), locale);
      return Optional.empty();
    }
  }

  /** The service's own refusals (no such project or organisation), next to their fields. */
  void refusedBy(List<FieldError> refusals, Locale locale) {
    refusals.forEach(f -> put(f.field(), f.message(), locale));
  }

  private void put(String field, String message, Locale locale) {
    switch (field) {
      case "costs.maxEur" -> reject("costsMax", locale, "teamSolutions.error.costsOrder");
      case "projectId" -> reject("projectId", locale, "teamSolutions.error.project");
      case "contactOrganizationId" ->
          reject("contactOrganizationId", locale, "teamSolutions.error.contact");
      default -> errors.putIfAbsent(field, message);
    }
  }

  private void limit(String field, int max, Locale locale) {
    if (values.get(field).strip().length() > max) {
      reject(field, locale, "teamProjects.error.tooLong", max);
    }
  }

  private List<String> lines(String field, Locale locale) {
    List<String> lines =
        values.get(field).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.size() > TransferableSolutionDescription.MAX_ITEMS) {
      reject(
          field,
          locale,
          "teamSolutions.error.tooManyLines",
          TransferableSolutionDescription.MAX_ITEMS);
    } else if (lines.stream()
        .anyMatch(l -> l.length() > TransferableSolutionDescription.MAX_ITEM)) {
      reject(
          field,
          locale,
          "teamSolutions.error.lineTooLong",
          TransferableSolutionDescription.MAX_ITEM);
    }
    return lines;
  }

  private BigDecimal amount(String field, Locale locale) {
    String value =
        values.get(field).strip().replace(',', '.').replace(" ", "").replace("\u202f", "");
    if (value.isEmpty()) {
      return null;
    }
    if (!value.matches("[0-9]{1,12}(\\.[0-9]{1,2})?")) {
      reject(field, locale, "teamSolutions.error.amount");
      return null;
    }
    return new BigDecimal(value);
  }

  private void reject(String field, Locale locale, String key, Object... arguments) {
    errors.putIfAbsent(field, WebMessages.text(locale, key, arguments));
  }

  /** The source project's id as typed, or -1. */
  long projectId() {
    return WebPage.wholeNumber(values.get("projectId"));
  }

  public Map<String, String> values() {
    return values;
  }

  public List<String> themes() {
    return themes;
  }

  public Map<String, String> errors() {
    return errors;
  }
}
