// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.AccountService;

@Schema(name = "NewAccount")
public record NewAccountDocument(
    @Schema(examples = "animation") @NotBlank String username,
    @Schema(description = "12 to 128 characters")
        @NotNull
        @Size(min = AccountService.MIN_PASSWORD_LENGTH, max = AccountService.MAX_PASSWORD_LENGTH)
        String password,
    @Schema(description = "admin and/or editor", examples = "[\"editor\"]")
        @NotNull
        @Size(min = 1, max = 2)
        List<@NotNull @Pattern(regexp = "admin|editor", message = "must be admin or editor") String>
            roles) {}
