// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.exchanges;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reply to a peer's method sheet or solution. */
@Schema(name = "ReplyRequest")
public record ReplyDocument(
    @Schema(
            description = "The reply, plain text, up to 5000 characters",
            examples = "Nous avons testé cette fiche à Lons : l'étape 2 prend deux mois.")
        String content) {}
