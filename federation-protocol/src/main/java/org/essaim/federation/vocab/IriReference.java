// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import java.net.URI;
import java.util.Objects;

/** A value that names another object by its IRI, without embedding it. */
public record IriReference(URI iri) implements AsValue {
  public IriReference {
    Objects.requireNonNull(iri, "iri");
  }

  public static IriReference of(String iri) {
    return new IriReference(URI.create(iri));
  }
}
