// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

/**
 * A worker came to complete an activity whose lease had run out and which was claimed again
 * meanwhile: its transaction is rolled back, the newer claim's work stands.
 */
public class LeaseLostException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LeaseLostException(InboxStore.Claimed claimed) {
    super(
        "Inbox activity "
            + claimed.activityId()
            + ": lease lost before attempt "
            + claimed.attempt()
            + " completed (claimed again meanwhile); its work is dropped");
  }
}
