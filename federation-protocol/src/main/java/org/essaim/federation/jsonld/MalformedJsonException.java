// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

/** The document is not well-formed JSON, or not a JSON object. */
public class MalformedJsonException extends DocumentException {
  private static final long serialVersionUID = 1L;

  public MalformedJsonException(String message) {
    super(message);
  }
}
