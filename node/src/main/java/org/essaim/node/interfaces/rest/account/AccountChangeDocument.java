// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.account;

import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;

/** What an administrator changes of an account; an absent field is kept as it is. */
@Schema(name = "AccountChange")
public record AccountChangeDocument(
    @Schema(description = "The new roles: admin and/or editor", examples = "[\"editor\"]")
        @Size(min = 1, max = 2)
        List<@NotNull @Pattern(regexp = "admin|editor", message = "must be admin or editor") String>
            roles,
    // Kept as JSON so that "maybe" or 0 is refused rather than read as false.
    @Schema(
            implementation = Boolean.class,
            description = "false locks the account out (sign-in and open sessions)")
        JsonValue enabled) {

  /**
   * The new state, or null to keep it.
   *
   * @throws InvalidInputException when it is not true, false or absent
   */
  Boolean enabledState() {
    if (enabled == null || enabled.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return switch (enabled.getValueType()) {
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      default ->
          throw new InvalidInputException(
              List.of(new FieldError("enabled", "must be true or false")));
    };
  }
}
