// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.exchanges;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new body proposed for a peer's method sheet. */
@Schema(name = "AmendmentRequest")
public record AmendmentDocument(
    @Schema(description = "What changes, up to 400 characters", examples = "Ajout d'une étape")
        String summary,
    @Schema(
            description = "The proposed body of the sheet, Markdown, up to 20000 characters",
            examples = "## Pourquoi un incubateur ?")
        String content) {}
