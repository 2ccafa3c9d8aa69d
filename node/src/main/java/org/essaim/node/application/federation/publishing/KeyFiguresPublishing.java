// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.publishing;

import java.net.URI;

/**
 * Publishing of this territory's key figures ({@code essaim:KeyFigures}, one object at a stable
 * address): Create the first time, Update when the figures changed, nothing otherwise.
 */
public interface KeyFiguresPublishing {

  /**
   * Recomputes the figures and publishes them if they changed (in its own transaction).
   *
   * @return what was done
   */
  PublishingDecision publishNow();

  /** The address of the figures object. */
  URI address();
}
