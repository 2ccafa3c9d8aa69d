// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.solution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.ReplicationView;
import org.essaim.node.domain.model.solution.ReplicationDescription;

/** A replication as JSON; status and the step dates are read-only (see POST …/transitions). */
@Schema(
    name = "Replication",
    description = "A replication (essaimage) of a transferable solution in another territory.")
public record ReplicationDocument(
    @Schema(readOnly = true, examples = "1") Long id,
    @Schema(readOnly = true, examples = "4") Long solutionId,
    @Schema(examples = "Start-Up de Territoire du Pays Lédonien")
        @NotBlank
        @Size(max = ReplicationDescription.MAX_NAME)
        String territoryName,
    @Schema(
            description = "The target node's ActivityPub actor, for future federation",
            examples = "https://lons.essaim.example/actor")
        String territoryActorUri,
    @Schema(
            readOnly = true,
            description = "INTERESTED, IN_PROGRESS, REPLICATED or ABANDONED",
            examples = "INTERESTED")
        String status,
    @Schema(
            description = "What the target territory changes",
            examples = "Ateliers en présentiel, cycle allongé à six séances")
        String adaptations,
    @Schema(description = "When interest was declared; today when absent", examples = "2024-05-14")
        String interestedOn,
    @Schema(readOnly = true, examples = "2024-09-01") String startedOn,
    @Schema(readOnly = true) String replicatedOn,
    @Schema(readOnly = true) String abandonedOn,
    @Schema(readOnly = true) Long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt) {

  static ReplicationDocument of(ReplicationView v) {
    ReplicationDescription d = v.description();
    return new ReplicationDocument(
        v.id(),
        v.solutionId(),
        d.territoryName(),
        d.territoryActorUri(),
        v.status().name(),
        d.adaptations(),
        d.interestedOn().toString(),
        text(v.startedOn()),
        text(v.replicatedOn()),
        text(v.abandonedOn()),
        v.version(),
        v.createdAt(),
        v.updatedAt());
  }

  private static String text(Object date) {
    return date == null ? null : date.toString();
  }
}
