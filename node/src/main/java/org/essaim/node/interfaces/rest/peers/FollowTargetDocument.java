// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.peers;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to follow. */
@Schema(name = "FollowTarget")
public record FollowTargetDocument(
    @Schema(
            description =
                "A handle (acct:user@host, @user@host) looked up by WebFinger, or an actor address",
            example = "acct:lons-le-saunier@essaim.crepite.fr")
        String target) {}
