// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.demo;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.interfaces.demo.DemoReport;

/** What a load wrote, per step, and which dataset sections it skipped. */
@Schema(name = "DemoReport", description = "Counts of what the demo load wrote.")
public record DemoReportDocument(
    @Schema(examples = "grenoble") String dataset,
    @Schema(description = "Objects (or transitions) written, per step, in loading order")
        Map<String, Integer> loaded,
    @Schema(description = "Dataset sections no step loads yet, with the reason")
        Map<String, String> skipped) {

  static DemoReportDocument of(DemoReport report) {
    return new DemoReportDocument(report.dataset(), report.loaded(), report.skipped());
  }
}
