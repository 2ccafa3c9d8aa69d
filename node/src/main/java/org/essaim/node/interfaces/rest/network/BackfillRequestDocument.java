// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which followed peer's outbox to walk again. */
@Schema(name = "BackfillRequest", description = "The followed actor whose outbox to import.")
public record BackfillRequestDocument(
    @Schema(examples = "https://essaim.vierzon.example/actors/territory")
        @NotBlank
        @Size(max = 2000)
        String actor) {}
