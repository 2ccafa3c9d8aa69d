// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

/** The thing asked for does not exist, or the caller may not know it exists. */
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
