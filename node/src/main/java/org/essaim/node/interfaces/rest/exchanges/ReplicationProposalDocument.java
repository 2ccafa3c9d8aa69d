// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.exchanges;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proposal to replicate a peer's solution in this territory. */
@Schema(name = "ReplicationProposalRequest")
public record ReplicationProposalDocument(
    @Schema(
            description = "What this territory would adapt, up to 5000 characters",
            examples = "Adapter le format à un territoire de montagne.")
        String message) {}
