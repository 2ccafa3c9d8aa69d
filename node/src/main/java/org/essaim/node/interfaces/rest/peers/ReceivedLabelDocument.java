// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.peers;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.domain.model.peer.ReceivedLabel;

/** A label attestation received from the national actor, and what its verification concluded. */
@Schema(name = "ReceivedLabel")
public record ReceivedLabelDocument(
    @Schema(example = "https://essaim.startupdeterritoire.example/objects/label-attestations/3")
        URI attestation,
    @Schema(example = "https://essaim.startupdeterritoire.example/actors/territory") URI issuer,
    @Schema(example = "https://essaim.miramas.example/actors/territory") URI territory,
    @Schema(
            description = "LABELLED, SUSPENDED or WITHDRAWN (valid ones only)",
            example = "LABELLED")
        String labelStatus,
    @Schema(example = "2024-04-15") LocalDate labelDate,
    @Schema(description = "Whether issuer and proof verified") boolean valid,
    @Schema(description = "Whether it makes its territory labelled here") boolean labelled,
    @Schema(example = "valid") String reason,
    Instant checkedAt) {

  static ReceivedLabelDocument of(ReceivedLabel label) {
    return new ReceivedLabelDocument(
        label.attestation(),
        label.issuer(),
        label.territory().orElse(null),
        label.labelStatus().orElse(null),
        label.labelDate().orElse(null),
        label.valid(),
        label.labels(),
        label.reason(),
        label.checkedAt());
  }
}
