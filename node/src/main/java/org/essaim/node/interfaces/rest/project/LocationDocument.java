// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectLocation", description = "The commune of a project, by its INSEE code.")
public record LocationDocument(
    @Schema(description = "INSEE code", examples = "76540") String code,
    @Schema(examples = "Rouen") String label) {}
