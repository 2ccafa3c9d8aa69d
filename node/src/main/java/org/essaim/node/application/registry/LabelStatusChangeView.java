// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.registry;

import java.time.Instant;
import java.time.LocalDate;
import org.essaim.node.domain.model.registry.LabelStatus;
import org.essaim.node.domain.model.registry.LabelStatusChange;

/**
 * A move along the label path as the national team (only) sees it.
 *
 * @param from the status before, or null
 * @param reason why, or null
 * @param by the account that moved it, or null
 */
public record LabelStatusChangeView(
    long id,
    LabelStatus from,
    LabelStatus to,
    LocalDate labelDate,
    String reason,
    String by,
    Instant at) {

  static LabelStatusChangeView of(LabelStatusChange change) {
    return new LabelStatusChangeView(
        change.id(),
        change.from().orElse(null),
        change.to(),
        change.labelDate().orElse(null),
        change.reason().orElse(null),
        change.changedBy().orElse(null),
        change.changedAt());
  }
}
