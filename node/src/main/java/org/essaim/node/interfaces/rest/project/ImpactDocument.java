// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.project;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImpactMeasurement", description = "A measured value of an impact indicator.")
public record ImpactDocument(
    @Schema(description = "An impact-indicators key", examples = "jobs-created") String indicator,
    @Schema(description = "0 or more", examples = "8") BigDecimal value,
    @Schema(description = "ISO 8601 date", examples = "2021-12-31") String date) {}
