// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.challenge;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.SimilarDreamView;

/** A dream suggested for clustering, best first. */
@Schema(name = "SimilarDream", description = "A dream resembling a défi or another dream.")
public record SimilarDreamDocument(
    @Schema(examples = "14") long id,
    @Schema(examples = "Réparer les vélos ensemble.") String text,
    @Schema(examples = "[\"mobility.cycling\"]") List<String> themes,
    @Schema(examples = "PUBLISHED") String state,
    @Schema(
            description =
                "Trigram similarity plus French full-text rank; higher is closer, comparable only"
                    + " within one answer",
            examples = "0.42")
        double score) {

  public static SimilarDreamDocument of(SimilarDreamView view) {
    return new SimilarDreamDocument(
        view.id(), view.text(), view.themes(), view.state().name(), view.score());
  }
}
