// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import org.essaim.node.domain.model.event.Event;
import org.essaim.node.domain.model.event.EventDescription;
import org.essaim.node.domain.model.event.EventState;

/** A read-only snapshot of an event. */
public record EventView(
    long id,
    EventDescription description,
    EventState state,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  public static EventView of(Event event) {
    return new EventView(
        event.id(),
        event.description(),
        event.state(),
        event.version(),
        event.createdAt(),
        event.updatedAt());
  }
}
