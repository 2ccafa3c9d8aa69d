// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.gdpr;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "DataSubject",
    description = "The email address a request is about; case and surrounding spaces are ignored.")
public record SubjectDocument(@Schema(examples = "camille@example.org") @NotBlank String email) {}
