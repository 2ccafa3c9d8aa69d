// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.solution;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SolutionCosts",
    description = "What taking up the solution costs, as a range in euros; either bound optional.")
public record CostsDocument(
    @Schema(examples = "10000") BigDecimal minEur,
    @Schema(examples = "12000") BigDecimal maxEur,
    @Schema(examples = "par session d'idéateur, hors frais de participation (120 €)")
        String note) {}
