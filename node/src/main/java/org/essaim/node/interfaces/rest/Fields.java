// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.essaim.node.application.FieldError;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * Converts the values of a request document one by one, adding a field error for each that fails
 * instead of stopping at the first: assemblers report every problem at once.
 */
public final class Fields {
  private Fields() {}

  /** An enum constant by name (case ignored); null when absent or invalid. */
  public static <E extends Enum<E>> E enumValue(
      String field, Class<E> type, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      reject(errors, field, "must be one of " + Arrays.toString(type.getEnumConstants()));
      return null;
    }
  }

  /** An ISO 8601 date; null when absent or invalid. */
  public static LocalDate date(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      reject(errors, field, "must be an ISO 8601 date such as 2021-12-31");
      return null;
    }
  }

  /** Rejects each key of the list that the scheme does not know, as {@code field[i]}. */
  public static void knownKeys(
      Taxonomy taxonomy,
      TaxonomyScheme scheme,
      List<String> keys,
      String field,
      List<FieldError> errors) {
    if (keys == null) {
      return;
    }
    for (int i = 0; i < keys.size(); i++) {
      knownKey(taxonomy, scheme, keys.get(i), field + "[" + i + "]", errors);
    }
  }

  /** Rejects a key the scheme does not know; absent keys pass. */
  public static void knownKey(
      Taxonomy taxonomy, TaxonomyScheme scheme, String key, String field, List<FieldError> errors) {
    if (key != null && !key.isBlank() && !taxonomy.contains(scheme, key.strip())) {
      reject(errors, field, "'" + key + "' is not a key of the " + scheme.key() + " scheme");
    }
  }

  /** The value built, or null with the domain rule it broke added as a field error. */
  public static <T> T attempt(Supplier<T> build, List<FieldError> errors) {
    try {
      return build.get();
    } catch (DomainRuleViolation e) {
      reject(errors, e.field(), e.getMessage());
      return null;
    }
  }

  /** Adds a field error, once per field. */
  public static void reject(List<FieldError> errors, String field, String message) {
    if (errors.stream().noneMatch(f -> f.field().equals(field))) {
      errors.add(new FieldError(field, message));
    }
  }
}
