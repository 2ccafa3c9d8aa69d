// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.accompaniment;

/** How an accompaniment ended. */
public enum AccompanimentOutcome {
  /** The activity was launched. */
  LAUNCHED,
  /** The project changed course. */
  REORIENTED,
  /** The project stopped. */
  ABANDONED,
  /** It goes on in another programme, named in {@code continuesIn}. */
  CONTINUES_IN
}
