// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.webfinger;

import org.essaim.federation.FederationException;

/**
 * A WebFinger response that is not a usable JSON Resource Descriptor (RFC 7033, section 4.4): not
 * JSON, not an object, or a member of the wrong type such as a link without {@code rel}.
 */
public class MalformedJrdException extends FederationException {
  private static final long serialVersionUID = 1L;

  public MalformedJrdException(String message) {
    super(message);
  }

  public MalformedJrdException(String message, Throwable cause) {
    super(message, cause);
  }
}
