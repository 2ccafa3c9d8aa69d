// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

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

  public long currentVersion() {
    return currentVersion;
  }
}
