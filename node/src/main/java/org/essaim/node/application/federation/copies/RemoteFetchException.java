// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

/**
 * A remote document could not be had: unreachable, refused address, error status, unreadable, or an
 * id that is not the address it was fetched from. The message says which.
 */
public class RemoteFetchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RemoteFetchException(String message) {
    super(message);
  }

  public RemoteFetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
