// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.util.Locale;

/**
 * What this node is in the network ({@code essaim.node.mode}): a territory's node, or the national
 * association's aggregator, which runs the same software, follows every registered territory and is
 * the authority for labels, promos and sponsorships.
 */
public enum NodeMode {
  TERRITORY,
  AGGREGATOR;

  /**
   * Reads the configured value ({@code territory} or {@code aggregator}, any case).
   *
   * @throws IllegalArgumentException for any other value, naming the key
   */
  public static NodeMode parse(String value) {
    String normalized = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
    for (NodeMode mode : values()) {
      if (mode.name().equals(normalized)) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "essaim.node.mode must be territory or aggregator, not \"" + value + "\"");
  }
}
