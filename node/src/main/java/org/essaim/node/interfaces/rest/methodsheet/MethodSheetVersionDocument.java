// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.methodsheet;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a sheet; lists leave the bodies out. */
@Schema(name = "MethodSheetVersion", description = "One immutable version of a method sheet.")
public record MethodSheetVersionDocument(
    @Schema(examples = "1") long sheetId,
    @Schema(examples = "2") int number,
    @Schema(examples = "Créer et animer un incubateur") String title,
    String summary,
    @Schema(description = "The Markdown of this version; absent in lists") String bodyMarkdown,
    @Schema(description = "Its sanitised HTML; absent in lists") String bodyHtml,
    @Schema(examples = "Ajout des retours de l'atelier « Défis et Pépites »") String changeNote,
    @Schema(description = "Who wrote it; for the team only", examples = "animatrice") String author,
    Instant createdAt) {}
