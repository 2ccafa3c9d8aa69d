// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.Page;

/**
 * One page of a list endpoint: {@code ?page=} counts from 1, {@code ?size=} is 1 to 100 (default
 * 20). Every list endpoint of the API answers with this shape.
 */
@JsonbPropertyOrder({"items", "page", "size", "totalItems", "totalPages"})
@Schema(name = "Page", description = "One page of a list.")
public record PageDocument<T>(
    List<T> items,
    @Schema(examples = "1") int page,
    @Schema(examples = "20") int size,
    @Schema(examples = "42") long totalItems,
    @Schema(examples = "3") long totalPages) {

  public static <V, T> PageDocument<T> of(Page<V> page, Function<? super V, T> toDocument) {
    return new PageDocument<>(
        page.items().stream().<T>map(toDocument).toList(),
        page.page(),
        page.size(),
        page.totalItems(),
        page.totalPages());
  }
}
