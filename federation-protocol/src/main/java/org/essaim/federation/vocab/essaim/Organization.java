// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import java.net.URI;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.AsValue;
import org.essaim.federation.vocab.IriReference;
import org.essaim.federation.vocab.VocabularyException;

/**
 * An organisation (structure) named by a federated object: a structure porteuse, a partner, a
 * contact organisation. Never a person. Written as a bare IRI when only its IRI is known, otherwise
 * embedded as an AS2 {@code Organization}.
 *
 * @param id its IRI in the shared directory (or its actor), or null
 * @param name its name, e.g. "Grenoble Alpes Initiative Active (GAIA)", or null if only id is known
 * @param url its website, or null
 */
public record Organization(URI id, String name, URI url) {
  public Organization {
    name = Nodes.blankToNull(name);
    if (id == null && name == null) {
      throw new VocabularyException("an organization needs an id or a name");
    }
  }

  public static Organization ref(URI id) {
    return new Organization(id, null, null);
  }

  public static Organization named(String name, URI url) {
    return new Organization(null, name, url);
  }

  AsValue toAsValue() {
    if (name == null && url == null) {
      return new IriReference(id);
    }
    AsObject.Builder builder = AsObject.builder().type(As.ORGANIZATION);
    if (id != null) {
      builder.id(id);
    }
    Nodes.string(builder, As.NAME, name);
    Nodes.reference(builder, As.URL, url);
    return builder.build();
  }

  static Organization from(AsObject parent, String property, AsValue value) {
    if (value instanceof IriReference ref) {
      return ref(ref.iri());
    }
    AsObject object = Nodes.embeddedObject(parent, property, value);
    return new Organization(
        object.id().orElse(null), Nodes.string(object, As.NAME), Nodes.reference(object, As.URL));
  }
}
