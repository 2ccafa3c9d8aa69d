// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.publishing;

import java.util.Objects;
import org.essaim.node.domain.model.visibility.ShareableKind;

/**
 * A shareable object was created, changed (text, state or visibility) or deleted. Fired by the
 * domain services inside the transaction of the change, after it is flushed; observed
 * synchronously, so the activity it causes commits (or not) with the change.
 *
 * @param kind the kind of object (never {@link ShareableKind#ORGANIZATION}: organisations travel
 *     inside projects)
 * @param id its local id
 */
public record SharedObjectChanged(ShareableKind kind, long id) {
  public SharedObjectChanged {
    Objects.requireNonNull(kind, "kind");
    if (kind == ShareableKind.ORGANIZATION) {
      throw new IllegalArgumentException("organisations are not published on their own");
    }
  }
}
