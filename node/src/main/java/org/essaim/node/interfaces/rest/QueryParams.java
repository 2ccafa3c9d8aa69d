// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;

/**
 * Query parameters read as strings and converted here, so a bad value is a 400 field error (JAX-RS
 * would answer 404 for a query parameter it cannot convert).
 */
public final class QueryParams {
  private QueryParams() {}

  /** An enum constant by name; empty when absent. */
  public static <E extends Enum<E>> Optional<E> enumValue(
      String name, Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          List.of(new FieldError(name, "must be one of " + List.of(type.getEnumConstants()))));
    }
  }

  /** A whole number; empty when absent. */
  public static Optional<Long> longValue(String name, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.valueOf(value.strip()));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(List.of(new FieldError(name, "must be a whole number")));
    }
  }

  /** Free text, at most {@code max} characters; empty when absent or blank. */
  public static Optional<String> text(String name, String value, int max) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    if (value.length() > max) {
      throw new InvalidInputException(
          List.of(new FieldError(name, "at most " + max + " characters")));
    }
    return Optional.of(value.strip());
  }

  /**
   * The sort order of a list by submission time: {@code -submittedAt} (newest first, the default)
   * or {@code submittedAt}.
   *
   * @return whether newest first
   */
  public static boolean newestFirst(String sort) {
    if (sort == null || sort.isBlank() || sort.strip().equals("-submittedAt")) {
      return true;
    }
    if (sort.strip().equals("submittedAt")) {
      return false;
    }
    throw new InvalidInputException(
        List.of(new FieldError("sort", "must be -submittedAt (newest first) or submittedAt")));
  }
}
