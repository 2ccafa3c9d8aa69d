// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.introduction;

/** Whether this territory proposed the introduction or received it from a peer. */
public enum IntroductionDirection {
  SENT,
  RECEIVED
}
