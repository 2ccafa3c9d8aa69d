// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.territory;

/**
 * Where the territory stands on the national labelling path: from first contact, through the
 * eligibility committee and a promo, to the label; suspension and withdrawal close it.
 */
public enum LabelStatus {
  PROSPECT,
  CANDIDATE,
  DEFERRED,
  IN_PROMO,
  NEEDS_MORE_TIME,
  READY_FOR_LABEL,
  LABELLED,
  SUSPENDED,
  WITHDRAWN
}
