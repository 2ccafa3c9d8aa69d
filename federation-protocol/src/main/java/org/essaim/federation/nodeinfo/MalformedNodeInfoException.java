// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.nodeinfo;

import org.essaim.federation.FederationException;

/**
 * A NodeInfo or NodeInfo discovery document that does not follow the 2.0/2.1 schema: not JSON, a
 * required member missing, a member of the wrong type, or a software name outside {@code
 * [a-z0-9-]+}.
 */
public class MalformedNodeInfoException extends FederationException {
  private static final long serialVersionUID = 1L;

  public MalformedNodeInfoException(String message) {
    super(message);
  }

  public MalformedNodeInfoException(String message, Throwable cause) {
    super(message, cause);
  }
}
