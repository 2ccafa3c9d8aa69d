// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import org.essaim.federation.FederationException;

/** An object lacks what its type requires, or holds a value of the wrong kind. */
public class VocabularyException extends FederationException {
  private static final long serialVersionUID = 1L;

  public VocabularyException(String message) {
    super(message);
  }
}
