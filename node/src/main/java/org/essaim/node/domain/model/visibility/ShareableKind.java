// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.visibility;

import java.util.Locale;
import java.util.Optional;
import org.essaim.node.domain.shared.Visibility;

/**
 * The kinds of object that carry a {@link Visibility}, with the default the domain notes give each
 * (§2.2): the territory's own work is shown on its site, the network's commons (method sheets,
 * transferable solutions) are shared with the network, the organisation directory is public. Dreams
 * are not here: they never get a visibility that leaves the node.
 */
public enum ShareableKind {
  CHALLENGE(Visibility.NODE_PUBLIC),
  ORGANIZATION(Visibility.PUBLIC),
  PROJECT(Visibility.NODE_PUBLIC),
  EVENT(Visibility.NODE_PUBLIC),
  METHOD_SHEET(Visibility.NETWORK),
  TRANSFERABLE_SOLUTION(Visibility.NETWORK);

  private final Visibility builtInDefault;

  ShareableKind(Visibility builtInDefault) {
    this.builtInDefault = builtInDefault;
  }

  /** The default when the administrator has not chosen another one. */
  public Visibility builtInDefault() {
    return builtInDefault;
  }

  /** The kind named by its path segment or constant, such as {@code method-sheet}. */
  public static Optional<ShareableKind> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String constant = name.strip().replace('-', '_').toUpperCase(Locale.ROOT);
    for (ShareableKind kind : values()) {
      if (kind.name().equals(constant)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
