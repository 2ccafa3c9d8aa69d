// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.figures;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.domain.model.figures.BreakdownCell;
import org.essaim.node.domain.model.figures.Count;
import org.essaim.node.domain.model.taxonomy.Concept;

/**
 * One group of a breakdown. {@code count} is absent when {@code suppressed}: the group is too small
 * to publish (or would reveal one that is).
 */
@Schema(name = "KeyFigureCount")
public record CountDocument(
    @Schema(example = "food") String key,
    @Schema(example = "Alimentation durable") String labelFr,
    @Schema(example = "Sustainable food") String labelEn,
    @Schema(example = "42") Long count,
    @Schema(description = "True when the count is withheld (fewer than 5, or derivable)")
        boolean suppressed) {

  static CountDocument of(BreakdownCell cell, Concept concept) {
    return new CountDocument(
        cell.key(),
        concept == null ? null : concept.labelFr(),
        concept == null ? null : concept.labelEn(),
        value(cell.count()),
        cell.count().isSuppressed());
  }

  static Long value(Count count) {
    return count.value().isPresent() ? count.value().getAsLong() : null;
  }
}
