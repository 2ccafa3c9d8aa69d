// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.partner;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contribution", description = "What a partner brings, for a year.")
public record ContributionDocument(
    @Schema(description = "MONEY, SKILLS, PREMISES or OTHER", examples = "MONEY") String kind,
    @Schema(examples = "Soutien à la soirée d'idéation") String description,
    @Schema(description = "In euros, 0 or more, optional", examples = "5000.00")
        BigDecimal amountEur,
    @Schema(examples = "2024") Integer year) {}
