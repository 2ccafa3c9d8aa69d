// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import java.util.Optional;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.essaim.node.domain.model.visibility.VisibilityDefault;
import org.essaim.node.domain.shared.Visibility;

/**
 * The default visibility of one kind of object.
 *
 * @param chosenBy the administrator who chose it; empty while the built-in default applies
 * @param version 0 while the built-in default applies
 */
public record VisibilityDefaultView(
    ShareableKind kind,
    Visibility visibility,
    Visibility builtInDefault,
    Optional<String> chosenBy,
    Optional<Instant> chosenAt,
    long version) {

  static VisibilityDefaultView builtIn(ShareableKind kind) {
    return new VisibilityDefaultView(
        kind, kind.builtInDefault(), kind.builtInDefault(), Optional.empty(), Optional.empty(), 0);
  }

  static VisibilityDefaultView of(VisibilityDefault choice) {
    return new VisibilityDefaultView(
        choice.kind(),
        choice.visibility(),
        choice.kind().builtInDefault(),
        Optional.of(choice.updatedBy()),
        Optional.of(choice.updatedAt()),
        choice.version());
  }
}
