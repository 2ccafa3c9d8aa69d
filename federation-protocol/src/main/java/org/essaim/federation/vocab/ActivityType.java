// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The activities Essaim sends and understands. */
public enum ActivityType {
  CREATE(As.CREATE),
  UPDATE(As.UPDATE),
  DELETE(As.DELETE),
  FOLLOW(As.FOLLOW),
  ACCEPT(As.ACCEPT),
  REJECT(As.REJECT),
  UNDO(As.UNDO),
  ANNOUNCE(As.ANNOUNCE),
  OFFER(As.OFFER),
  ADD(As.ADD),
  REMOVE(As.REMOVE),
  FLAG(As.FLAG),
  LIKE(As.LIKE);

  private final String iri;

  ActivityType(String iri) {
    this.iri = iri;
  }

  public String iri() {
    return iri;
  }

  /** The first known activity type among an object's types. */
  public static Optional<ActivityType> among(Set<String> types) {
    return Arrays.stream(values()).filter(t -> types.contains(t.iri)).findFirst();
  }
}
