// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.peers;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.federation.follow.PolicyView;

/**
 * The federation policy; {@code updatedAt}/{@code updatedBy} are ignored on input. {@code
 * trustLabelled} may be left out (older clients): the stored choice is kept.
 */
@Schema(name = "FederationPolicy")
public record PolicyDocument(
    @Schema(description = "MANUAL (each request approved) or AUTOMATIC", example = "MANUAL")
        String followApproval,
    @Schema(
            description =
                "OPEN (everyone not blocked) or ALLOW_LIST (only the allow-list, not blocked)",
            example = "OPEN")
        String networkMode,
    @Schema(description = "Actors or hosts admitted in ALLOW_LIST mode")
        List<PeerMatchDocument> allowList,
    @Schema(
            description =
                "In ALLOW_LIST mode, also admit every territory the national node attests as"
                    + " labelled (essaim.federation.national-actor), and that actor; left out:"
                    + " unchanged",
            example = "true")
        Boolean trustLabelled,
    Instant updatedAt,
    @Schema(example = "admin") String updatedBy) {

  static PolicyDocument of(PolicyView view) {
    return new PolicyDocument(
        view.followApproval().name(),
        view.networkMode().name(),
        view.allowList().stream().map(PeerMatchDocument::of).toList(),
        view.trustLabelled(),
        view.updatedAt(),
        view.updatedBy());
  }
}
