// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.util.ArrayList;
import java.util.List;

/**
 * Which page of a list to return: pages count from 1, and hold 1 to {@value #MAX_SIZE} items.
 *
 * @param page the page number, from 1
 * @param size how many items per page
 */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public PageRequest {
    List<FieldError> errors = check(page, size);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /**
   * Reads the {@code page} and {@code size} query parameters as a client sent them.
   *
   * @param page the raw value, or null for the first page
   * @param size the raw value, or null for {@value #DEFAULT_SIZE}
   * @throws InvalidInputException naming each parameter that is not a valid number
   */
  public static PageRequest parse(String page, String size) {
    List<FieldError> errors = new ArrayList<>();
    Integer p = integer("page", page, 1, errors);
    Integer s = integer("size", size, DEFAULT_SIZE, errors);
    // Range checks only for the values that are numbers; a placeholder stands for the others.
    errors.addAll(
        check(p == null ? 1 : p, s == null ? DEFAULT_SIZE : s).stream()
            .filter(e -> (e.field().equals("page") ? p : s) != null)
            .toList());
    errors.sort(java.util.Comparator.comparing(FieldError::field));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new PageRequest(p, s);
  }

  /** How many items come before this page. */
  public long offset() {
    return (long) (page - 1) * size;
  }

  private static List<FieldError> check(int page, int size) {
    List<FieldError> errors = new ArrayList<>();
    if (page < 1) {
      errors.add(new FieldError("page", "must be 1 or more"));
    }
    if (size < 1 || size > MAX_SIZE) {
      errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
    }
    return errors;
  }

  private static Integer integer(String field, String raw, int absent, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      return absent;
    }
    try {
      return Integer.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "must be a whole number"));
      return null;
    }
  }
}
