// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.demo;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which dataset to load. */
@Schema(name = "DemoLoad", description = "The demo dataset to load into this (empty) node.")
public record DemoLoadDocument(
    @Schema(description = "grenoble, miramas or meurthe-et-moselle", examples = "grenoble")
        @NotBlank
        String territory) {}
