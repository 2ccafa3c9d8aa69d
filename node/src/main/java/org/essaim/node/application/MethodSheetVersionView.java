// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import java.util.Optional;
import org.essaim.node.domain.model.methodsheet.MethodSheetVersion;
import org.essaim.node.domain.model.methodsheet.SheetText;

/**
 * One version of a sheet.
 *
 * @param author the username of who wrote it; empty for the public (it names a person)
 */
public record MethodSheetVersionView(
    long sheetId,
    int number,
    SheetText text,
    String bodyHtml,
    Optional<String> changeNote,
    Optional<String> author,
    Instant createdAt) {

  static MethodSheetVersionView of(MethodSheetVersion v, boolean team) {
    return new MethodSheetVersionView(
        v.sheetId(),
        v.number(),
        v.text(),
        v.bodyHtml(),
        Optional.ofNullable(v.changeNote()),
        team ? Optional.of(v.author()) : Optional.empty(),
        v.createdAt());
  }
}
