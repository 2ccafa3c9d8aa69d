// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.figures;

import java.util.OptionalLong;

/**
 * A published count: its value, or nothing when it is suppressed because it describes too small a
 * group.
 */
public record Count(OptionalLong value) {

  public static Count of(long value) {
    return new Count(OptionalLong.of(value));
  }

  public static Count suppressed() {
    return new Count(OptionalLong.empty());
  }

  public boolean isSuppressed() {
    return value.isEmpty();
  }
}
