// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.introduction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.domain.model.introduction.Introduction;

/** A proposal to introduce one of this territory's projects to a peer territory's project. */
@Schema(name = "IntroductionRequest")
public record IntroductionRequestDocument(
    @Schema(description = "This territory's project (NETWORK or PUBLIC)", examples = "3") @NotNull
        Long project,
    @Schema(
            description =
                "The other territory's project, by its ActivityPub id (as listed under"
                    + " /api/network/objects?kind=PROJECT)",
            examples = "https://essaim.vierzon.example/objects/projects/12")
        @NotBlank
        @Size(max = 2000)
        String target,
    @Schema(
            description = "Why: SAME_THEME, SAME_PROBLEM, SAME_MODEL, DECLARED (the default)",
            examples = "[\"SAME_THEME\"]")
        @Size(max = Introduction.MAX_CODES)
        List<@NotBlank String> basis,
    @Schema(description = "Theme keys the two projects share", examples = "[\"food.access\"]")
        @Size(max = Introduction.MAX_CODES)
        List<@NotBlank String> sharedThemes,
    @Schema(
            description = "A short word for the other territory, up to 1000 characters",
            examples = "Deux épiceries solidaires : vos porteuses gagneraient à se rencontrer.")
        @Size(max = Introduction.MAX_MESSAGE)
        String message) {}
