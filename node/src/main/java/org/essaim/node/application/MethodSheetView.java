// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import java.util.Optional;
import org.essaim.node.domain.model.methodsheet.MethodSheet;
import org.essaim.node.domain.model.methodsheet.MethodSheetState;
import org.essaim.node.domain.model.methodsheet.SheetDescription;
import org.essaim.node.domain.model.methodsheet.SheetText;

/**
 * A read-only snapshot of a method sheet.
 *
 * @param updatedBy the username of the last change; empty for the public (it names a person)
 */
public record MethodSheetView(
    long id,
    SheetText text,
    String bodyHtml,
    SheetDescription description,
    MethodSheetState state,
    int currentVersion,
    Optional<Integer> publishedVersion,
    Optional<Instant> publishedAt,
    Optional<String> updatedBy,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static MethodSheetView of(MethodSheet s, boolean team) {
    return new MethodSheetView(
        s.id(),
        s.text(),
        s.bodyHtml(),
        s.description(),
        s.state(),
        s.currentVersion(),
        s.publishedVersion(),
        s.publishedAt(),
        team ? Optional.of(s.updatedBy()) : Optional.empty(),
        s.version(),
        s.createdAt(),
        s.updatedAt());
  }
}
