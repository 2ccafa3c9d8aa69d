// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an administrator changes of an account; an absent field is kept as it is. */
@Schema(name = "AccountChange")
public record AccountChangeDocument(
    @Schema(description = "The new roles: admin and/or editor", examples = "[\"editor\"]")
        @Size(min = 1, max = 2)
        List<@NotNull @Pattern(regexp = "admin|editor", message = "must be admin or editor") String>
            roles,
    @Schema(description = "false locks the account out (sign-in and open sessions)")
        Boolean enabled) {}
