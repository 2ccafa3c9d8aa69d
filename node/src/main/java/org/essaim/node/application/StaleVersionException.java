// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.util.OptionalLong;

/** The client edited an older version than the one stored; its change was not applied. */
public class StaleVersionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long currentVersion;

  public StaleVersionException(long expectedVersion, long currentVersion) {
    super(
        "it was changed in the meantime (you edited version "
            + expectedVersion
            + ", the current one is "
            + currentVersion
            + ")");
    this.currentVersion = currentVersion;
  }

  /**
   * Passes when the caller named no version or the stored one.
   *
   * @throws StaleVersionException when the caller edited another version
   */
  public static void requireCurrent(OptionalLong expected, long current) {
    if (expected.isPresent() && expected.getAsLong() != current) {
      throw new StaleVersionException(expected.getAsLong(), current);
    }
  }

  public long currentVersion() {
    return currentVersion;
  }
}
