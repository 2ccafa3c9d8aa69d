// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.methodsheet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.domain.model.methodsheet.MethodSheet;
import org.essaim.node.domain.model.methodsheet.SheetText;

/**
 * A method sheet as JSON. POST and PUT send the text, the description and an optional change note;
 * the state changes through POST …/transitions, the versions are read under …/versions.
 */
@Schema(name = "MethodSheet", description = "A method sheet (« fiche pratique »).")
public record MethodSheetDocument(
    @Schema(readOnly = true, examples = "1") Long id,
    @Schema(examples = "Créer et animer un incubateur") @NotBlank @Size(max = SheetText.MAX_TITLE)
        String title,
    @Schema(examples = "Les étapes pour lancer un incubateur de projets sur le territoire.")
        @Size(max = SheetText.MAX_SUMMARY)
        String summary,
    @Schema(
            description =
                "The body in Markdown (CommonMark and GFM tables), at most 200 000 characters; raw"
                    + " HTML shows as text",
            examples = "## Pourquoi un incubateur ?\n\nPour accompagner les porteurs de projets.")
        @NotBlank
        @Size(max = SheetText.MAX_BODY)
        String bodyMarkdown,
    @Schema(
            readOnly = true,
            description =
                "The body rendered to sanitised HTML when it was written: safe to insert as it is",
            examples = "<h2>Pourquoi un incubateur ?</h2>\n<p>Pour accompagner…</p>\n")
        String bodyHtml,
    @Schema(
            writeOnly = true,
            description =
                "What changed, kept with the new version when the text changes; required for a"
                    + " PUBLISHED sheet",
            examples = "Ajout des retours de l'atelier « Défis et Pépites »")
        @Size(max = MethodSheet.MAX_CHANGE_NOTE)
        String changeNote,
    @Schema(
            description =
                "At least one of COLLECT_DREAMS, IDEATE, SELECT_AND_GATHER, SUPPORT, CORE_TEAM,"
                    + " PARTNERS, EVENTS, ECONOMIC_MODEL, CITIZEN_MOBILISATION, IMPACT",
            examples = "[\"SUPPORT\", \"PARTNERS\"]")
        List<String> methodSteps,
    @Schema(
            description = "The referent territory's name; this node's territory when absent",
            examples = "Jura")
        String referentTerritory,
    @Schema(
            description = "The territories of the working group, by name",
            examples = "[\"Le Mans\", \"Creuse\"]")
        List<String> contributingTerritories,
    @Schema(description = "NETWORK (the default), PROMO or PUBLIC", examples = "NETWORK")
        String audience,
    @Schema(
            description =
                "An SPDX id: CC-BY-SA-4.0 (the default), CC-BY-4.0, CC0-1.0, CC-BY-NC-SA-4.0,"
                    + " CC-BY-NC-4.0, CC-BY-ND-4.0, CC-BY-NC-ND-4.0, etalab-2.0 or ODbL-1.0",
            examples = "CC-BY-SA-4.0")
        String licence,
    @Schema(description = "Keys of the themes scheme", examples = "[\"employment-inclusion\"]")
        List<String> themes,
    @Schema(
            description = "PRIVATE, NODE_PUBLIC, NETWORK (the default) or PUBLIC",
            examples = "NETWORK")
        String visibility,
    @Schema(
            readOnly = true,
            description = "DRAFT, IN_REVIEW, PUBLISHED or DEPRECATED; see POST …/transitions",
            examples = "DRAFT")
        String state,
    @Schema(readOnly = true, description = "The number of the current version", examples = "3")
        Integer currentVersion,
    @Schema(
            readOnly = true,
            description = "The number of the version last published, if ever",
            examples = "2")
        Integer publishedVersion,
    @Schema(readOnly = true) Instant publishedAt,
    @Schema(readOnly = true, description = "Who changed it last; for the team only")
        String updatedBy,
    @Schema(readOnly = true, description = "Increases with every change; also the ETag")
        Long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt) {}
