// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

/** Well-formed JSON that is not an acceptable ActivityStreams document. */
public class InvalidDocumentException extends DocumentException {
  private static final long serialVersionUID = 1L;

  public InvalidDocumentException(String message) {
    super(message);
  }

  public InvalidDocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
