// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.essaim.node.domain.model.registry.ModuleFormat;

/** A promo as the national team sees it, its territories named. */
public record PromoView(
    long id,
    int number,
    String name,
    String period,
    Integer durationMonths,
    LocalDate eligibilityCommitteeDate,
    List<TerritoryRef> members,
    List<TerritoryRef> coAnimators,
    List<ModuleView> modules,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /** One module, its co-animating territory named. */
  public record ModuleView(
      String title, ModuleFormat format, TerritoryRef coAnimator, boolean openToLabelled) {}
}
