// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import org.essaim.node.domain.model.accompaniment.Accompaniment;
import org.essaim.node.domain.model.accompaniment.AccompanimentPlan;

/** An accompaniment as the team reads it. */
public record AccompanimentView(
    long id,
    long projectId,
    AccompanimentPlan plan,
    String providerName,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static AccompanimentView of(Accompaniment a, String providerName) {
    return new AccompanimentView(
        a.id(),
        a.projectId(),
        a.currentPlan(),
        providerName,
        a.version(),
        a.createdAt(),
        a.updatedAt());
  }
}
