// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.challenge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.SolutionIdeaView;
import org.essaim.node.domain.model.challenge.SolutionIdea;

/** A solution idea as JSON; POST and PUT send title and description. */
@Schema(name = "SolutionIdea", description = "A « piste de solution » for a défi.")
public record SolutionIdeaDocument(
    @Schema(readOnly = true, examples = "7") Long id,
    @Schema(readOnly = true, examples = "3") Long challengeId,
    @Schema(examples = "Un repair café vélo mensuel à la maison de quartier")
        @NotBlank
        @Size(max = SolutionIdea.MAX_TITLE_LENGTH)
        String title,
    @Schema(
            examples =
                "Des bénévoles et un mécanicien accueillent les habitants un samedi par mois pour"
                    + " réparer ensemble.")
        @NotBlank
        @Size(max = SolutionIdea.MAX_DESCRIPTION_LENGTH)
        String description,
    @Schema(
            readOnly = true,
            description = "PROPOSED, SHORTLISTED, SELECTED, BECAME_PROJECT or DROPPED",
            examples = "SHORTLISTED")
        String state,
    @Schema(readOnly = true, description = "When BECAME_PROJECT: the project's id", examples = "21")
        Long projectId,
    @Schema(readOnly = true, description = "Increases with every change; also the ETag")
        Long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt) {

  static SolutionIdeaDocument of(SolutionIdeaView view) {
    return new SolutionIdeaDocument(
        view.id(),
        view.challengeId(),
        view.title(),
        view.description(),
        view.state().name(),
        view.projectId().orElse(null),
        view.version(),
        view.createdAt(),
        view.updatedAt());
  }
}
