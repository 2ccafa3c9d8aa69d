// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.net;

import java.net.URI;
import org.essaim.federation.FederationException;

/** The node refuses to contact this address: it is not public, or not allowed here. */
public class ForbiddenAddressException extends FederationException {
  private static final long serialVersionUID = 1L;

  private final URI target;

  public ForbiddenAddressException(URI target, String why) {
    super("refusing to contact <" + target + ">: " + why);
    this.target = target;
  }

  public URI target() {
    return target;
  }
}
