// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.interfaces.web.WebMessages;

/**
 * One of the small forms of a team page (a funding line, an impact, an accompaniment, a new
 * event…): what was typed under each field's id, and the errors found there. It only turns text
 * into values (numbers, dates, listed keys); the rules stay the domain's, whose violations land on
 * the field they name.
 */
final class PartsForm {

  private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,12}(?:\\.[0-9]{1,2})?");
  private static final int MAX_TEXT = 10_000;

  private final Locale locale;
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, String> errors = new LinkedHashMap<>();

  /** Reads {@code fields} (the inputs' names, which are also their ids) from the request. */
  PartsForm(HttpServletRequest request, Locale locale, String... fields) {
    this.locale = locale;
    for (String field : fields) {
      String value = request.getParameter(field);
      values.put(
          field,
          value == null ? "" : value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value);
    }
  }

  /** The typed text, stripped; empty when nothing was typed. */
  String text(String field) {
    return values.getOrDefault(field, "").strip();
  }

  /** The text, or null when empty (or rejected when {@code required}). */
  String optional(String field, boolean required) {
    String text = text(field);
    if (text.isEmpty()) {
      if (required) {
        reject(field, "parts.error.required");
      }
      return null;
    }
    return text;
  }

  /**
   * A sum or a measure: « 1 500,50 » or « 1500.5 »; null when empty (or rejected when {@code
   * required}).
   */
  BigDecimal decimal(String field, boolean required) {
    String text = text(field).replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
    text = text.replace(',', '.');
    if (text.isEmpty()) {
      if (required) {
        reject(field, "parts.error.required");
      }
      return null;
    }
    if (!AMOUNT.matcher(text).matches()) {
      reject(field, "parts.error.decimal");
      return null;
    }
    return new BigDecimal(text);
  }

  /** A day as a date input sends it (2026-03-31); null when empty or rejected. */
  LocalDate date(String field, boolean required) {
    String text = text(field);
    if (text.isEmpty()) {
      if (required) {
        reject(field, "parts.error.required");
      }
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      reject(field, "parts.error.date");
      return null;
    }
  }

  /** A key of a taxonomy scheme the list offered; null when empty or rejected. */
  String key(String field, Taxonomy taxonomy, TaxonomyScheme scheme, boolean required) {
    String text = text(field);
    if (text.isEmpty() && !required) {
      return null;
    }
    if (!taxonomy.contains(scheme, text)) {
      reject(field, text.isEmpty() ? "parts.error.required" : "parts.error.choice");
      return null;
    }
    return text;
  }

  /** A constant of a list the form offered; null when empty or rejected. */
  <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
    String text = text(field);
    if (text.isEmpty() && !required) {
      return null;
    }
    E value =
        Arrays.stream(type.getEnumConstants())
            .filter(c -> c.name().equals(text))
            .findFirst()
            .orElse(null);
    if (value == null) {
      reject(field, text.isEmpty() ? "parts.error.required" : "parts.error.choice");
    }
    return value;
  }

  /** A record id chosen from a list; null when empty or rejected. */
  Long id(String field, boolean required) {
    String text = text(field);
    if (text.isEmpty() && !required) {
      return null;
    }
    if (!text.matches("[1-9][0-9]{0,17}")) {
      reject(field, text.isEmpty() ? "parts.error.required" : "parts.error.choice");
      return null;
    }
    return Long.parseLong(text);
  }

  void reject(String field, String key, Object... arguments) {
    errors.putIfAbsent(field, WebMessages.text(locale, key, arguments));
  }

  /**
   * A domain rule, on the field it names: {@code fundings[0].periodEnd} lands on the form's field
   * ending in {@code periodEnd} (its words, when the bundle has them), else on {@code fallback}.
   */
  void rule(DomainRuleViolation e, String fallback) {
    rule(e.field(), e.getMessage(), fallback);
  }

  /** The same for a service's field errors (a campaign or a défi that does not exist…). */
  void rule(InvalidInputException e, String fallback) {
    if (e.errors().isEmpty()) {
      rule(null, e.getMessage(), fallback);
    }
    e.errors().forEach(error -> rule(error.field(), error.message(), fallback));
  }

  private void rule(String domainField, String message, String fallback) {
    String named =
        domainField == null
            ? ""
            : domainField
                .substring(domainField.lastIndexOf('.') + 1)
                .replaceAll("\\[[0-9]+\\]$", "");
    String field =
        values.keySet().stream()
            .filter(f -> !named.isEmpty() && f.endsWith("-" + named))
            .findFirst()
            .orElse(fallback);
    String words = WebMessages.text(locale, "parts.rule." + named);
    errors.putIfAbsent(field, words != null ? words : message);
  }

  boolean valid() {
    return errors.isEmpty();
  }

  Map<String, String> errors() {
    return errors;
  }

  Map<String, String> values() {
    return values;
  }
}
