// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.http;

/**
 * A remote request that could not be made or completed: address refused by the policy, connection
 * failure, timeout, response too large. The message says which, for journals and logs.
 */
public class RemoteRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RemoteRequestException(String message) {
    super(message);
  }

  public RemoteRequestException(String message, Throwable cause) {
    super(message, cause);
  }
}
