// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import java.util.List;

/**
 * What a calendar export holds.
 *
 * @param name the calendar's name, after the territory
 * @param uidHost the host part of every event's UID, from the node's base URL
 * @param generatedAt when it was generated (each event's DTSTAMP)
 * @param events the events, earliest first
 */
public record EventCalendar(
    String name, String uidHost, Instant generatedAt, List<EventView> events) {

  public EventCalendar {
    events = List.copyOf(events);
  }
}
