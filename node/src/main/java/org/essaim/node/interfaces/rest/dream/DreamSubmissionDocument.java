// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.dream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.domain.model.dream.DreamSubmission;

/** What the public dream form sends. No account needed. */
@Schema(
    name = "DreamSubmission",
    description =
        "A dream, idea or need. Contact details are optional, need contactConsent: true, and are"
            + " refused for ageBand UNDER_15.")
public record DreamSubmissionDocument(
    @Schema(
            examples =
                "Un rêve partagé : une épicerie solidaire au cœur du village, tenue par les"
                    + " habitants.")
        @NotBlank
        @Size(max = DreamSubmission.MAX_TEXT_LENGTH)
        String text,
    @Schema(
            description = "Theme keys of the taxonomy (GET /api/taxonomy/themes)",
            examples = "food.access")
        @Size(max = DreamSubmission.MAX_THEMES)
        List<@NotBlank String> themes,
    @Valid CommuneDocument commune,
    @Schema(
            description = "INHABITANT, ASSOCIATION, COMPANY, ELECTED_OFFICIAL or OTHER",
            examples = "INHABITANT")
        @NotBlank
        String contributorType,
    @Schema(description = "Optional: UNDER_15, 15_17, 18_25, 26_64 or 65_PLUS", examples = "26_64")
        String ageBand,
    @Schema(
            description = "Personal data; only with contactConsent",
            examples = "camille@example.org")
        @Size(max = 254)
        String contactEmail,
    @Schema(description = "Personal data; only with contactConsent", examples = "+33 6 12 34 56 78")
        @Size(max = 32)
        String contactPhone,
    @Schema(description = "Must be true when a contact field is given") Boolean contactConsent,
    @Schema(
            description =
                "Honeypot: the form hides this field; leave it empty. When filled the submission"
                    + " is answered like any other and discarded.",
            deprecated = true)
        String website) {

  boolean honeypotFilled() {
    return website != null && !website.isBlank();
  }

  List<String> themesOrEmpty() {
    return themes == null ? List.of() : themes;
  }
}
