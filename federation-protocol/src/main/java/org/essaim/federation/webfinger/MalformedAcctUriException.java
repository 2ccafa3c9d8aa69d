// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.webfinger;

import org.essaim.federation.FederationException;

/** A string that is not an {@code acct:} URI (RFC 7565) or a {@code @user@host} handle. */
public class MalformedAcctUriException extends FederationException {
  private static final long serialVersionUID = 1L;

  public MalformedAcctUriException(String message) {
    super(message);
  }
}
