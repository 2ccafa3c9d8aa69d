// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import org.essaim.federation.FederationException;

/**
 * An object does not say what its type requires: a required property is missing, a value is of the
 * wrong kind (text where a number or an IRI is expected) or outside its code list. The message
 * names the object and the property, so a node operator can tell the sender what to fix.
 */
public class VocabularyException extends FederationException {
  private static final long serialVersionUID = 1L;

  public VocabularyException(String message) {
    super(message);
  }
}
