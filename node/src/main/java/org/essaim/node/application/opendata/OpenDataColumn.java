// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.opendata;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One documented column of a dataset's CSV file.
 *
 * @param name the header, snake_case ASCII
 * @param description what it holds (French), served in the catalogue and docs/open-data.md
 * @param multiValued several values joined with {@link #SEPARATOR}
 * @param values the cell's values for one item (empty for an empty cell)
 */
public record OpenDataColumn<T>(
    String name, String description, boolean multiValued, Function<T, List<String>> values) {

  /** Between the values of a multi-valued cell. */
  public static final String SEPARATOR = "|";

  public OpenDataColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(values, "values");
  }

  static <T> OpenDataColumn<T> single(
      String name, String description, Function<T, ? extends Object> value) {
    return new OpenDataColumn<>(
        name,
        description,
        false,
        item -> {
          Object v = value.apply(item);
          return v == null ? List.of() : List.of(v.toString());
        });
  }

  static <T> OpenDataColumn<T> multi(
      String name, String description, Function<T, List<String>> values) {
    return new OpenDataColumn<>(name, description, true, values);
  }
}
