// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

/**
 * The account change would leave the node without an administrator who can sign in, or lock the
 * administrator making it out of their own rights (409).
 */
public class AdminLockoutException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /** Why the change was refused, so the web page can say it in the reader's language. */
  public enum Reason {
    /** An administrator tried to remove their own admin role or disable themself. */
    SELF,
    /** The account is the last enabled administrator. */
    LAST_ADMIN
  }

  private final Reason reason;

  public AdminLockoutException(Reason reason) {
    super(
        reason == Reason.SELF
            ? "an administrator cannot remove their own admin role or disable their own account;"
                + " ask another administrator"
            : "this is the last enabled administrator: the node would have none left;"
                + " make another account administrator first");
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
