// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.collective;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CollectiveTransition", description = "The status a collective moves to.")
public record TransitionDocument(@Schema(examples = "ACTIVE") @NotBlank String to) {}
