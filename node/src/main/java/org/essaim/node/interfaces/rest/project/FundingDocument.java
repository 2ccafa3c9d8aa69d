// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.project;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Funding", description = "One funding line, as declared.")
public record FundingDocument(
    @Schema(description = "A funding-instruments key", examples = "fse") String instrument,
    @Schema(
            description = "« Codification FSE »: exactly 9 digits, only with instrument fse",
            examples = "202003867")
        String fseCode,
    @Schema(description = "In euros, 0 or more", examples = "67573.00") BigDecimal amountEur,
    @Schema(description = "ISO 8601 date", examples = "2021-01-01") String periodStart,
    @Schema(description = "ISO 8601 date, not before the start", examples = "2021-12-31")
        String periodEnd,
    @Schema(
            description = "Other cofunders, as named on the sheet",
            examples = "[\"Ville de Rouen\", \"Agence nationale de la cohésion des territoires\"]")
        List<String> cofunders) {}
