// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.project;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectMove", description = "The stage key or status a project moves to.")
public record MoveDocument(@Schema(examples = "launched") @NotBlank String to) {}
