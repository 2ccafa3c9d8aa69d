// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.visibility;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An administrator's choice of default visibility. */
@Schema(name = "VisibilityChoice")
public record VisibilityChoiceDocument(
    @Schema(
            description = "PRIVATE, NODE_PUBLIC, NETWORK or PUBLIC",
            example = "PUBLIC",
            required = true)
        String visibility) {}
