// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.event;

import java.util.StringJoiner;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * Where an event takes place: a public venue, never a person's home address.
 *
 * @param venueName e.g. « Salle des fêtes », or null
 * @param commune e.g. « Lons-le-Saunier », or null
 * @param address street and postal code, or null
 */
public record EventPlace(String venueName, String commune, String address) {

  public EventPlace {
    venueName = text("place.venueName", venueName, 200);
    commune = text("place.commune", commune, 200);
    address = text("place.address", address, 500);
    if (venueName == null && commune == null && address == null) {
      throw new DomainRuleViolation("place", "give a venue name, a commune or an address");
    }
  }

  /** One line for a calendar: « venue, address, commune ». */
  public String oneLine() {
    StringJoiner line = new StringJoiner(", ");
    for (String part : new String[] {venueName, address, commune}) {
      if (part != null) {
        line.add(part);
      }
    }
    return line.toString();
  }

  static String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new DomainRuleViolation(field, "at most " + max + " characters");
    }
    return stripped;
  }
}
