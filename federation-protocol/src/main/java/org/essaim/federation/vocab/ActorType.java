// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Kinds of actors. A territory node is an Organization; its instance actor (for signed fetches) an
 * Application; people elsewhere in the fediverse are Persons; working circles may be Groups.
 */
public enum ActorType {
  ORGANIZATION(As.ORGANIZATION),
  GROUP(As.GROUP),
  APPLICATION(As.APPLICATION),
  PERSON(As.PERSON),
  SERVICE(As.SERVICE);

  private final String iri;

  ActorType(String iri) {
    this.iri = iri;
  }

  public String iri() {
    return iri;
  }

  public static Optional<ActorType> among(Set<String> types) {
    return Arrays.stream(values()).filter(t -> types.contains(t.iri)).findFirst();
  }
}
