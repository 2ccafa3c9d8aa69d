// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

/** The change clashes with the current state (a name already taken, a stale version…). */
public class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
