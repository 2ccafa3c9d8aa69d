// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.registry;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.registry.PromoView;
import org.essaim.node.application.registry.TerritoryRef;

/**
 * A promo. On input the territories are registry ids ({@code members}, {@code coAnimators}, a
 * module's {@code coAnimatorId}); answers add {@code memberTerritories} and {@code
 * coAnimatorTerritories}, named.
 */
@Schema(name = "Promo", description = "A promo (cohort) on the path to the label")
public record PromoDocument(
    Long id,
    @Schema(example = "2") Integer number,
    @Schema(example = "Promo 2") String name,
    @Schema(example = "2024-2025") String period,
    @Schema(example = "6") Integer durationMonths,
    @Schema(example = "2024-10-10") LocalDate eligibilityCommitteeDate,
    @Schema(description = "Registry ids of the member territories (replaces the members)")
        List<Long> members,
    @Schema(description = "Registry ids of the co-animating territories") List<Long> coAnimators,
    List<ModuleDocument> modules,
    @Schema(description = "The members, named (read-only)")
        List<TerritoryRefDocument> memberTerritories,
    @Schema(description = "The co-animators, named (read-only)")
        List<TerritoryRefDocument> coAnimatorTerritories,
    Instant createdAt,
    Instant updatedAt) {

  /** One module. */
  @Schema(name = "PromoModule")
  public record ModuleDocument(
      @Schema(example = "Animer son équipe cœur") String title,
      @Schema(description = "IN_PERSON_2D, IN_PERSON_1D, VISIO_3H, VISIO_2H", example = "VISIO_3H")
          String format,
      @Schema(description = "Registry id of the co-animating territory", example = "4")
          Long coAnimatorId,
      @Schema(description = "Open to labelled teams (« modules à la carte »)")
          Boolean openToLabelled) {}

  /** A territory, named. */
  @Schema(name = "TerritoryRef")
  public record TerritoryRefDocument(
      @Schema(example = "4") long id,
      @Schema(example = "https://essaim.strasbourg.example/actors/territory") URI actor,
      @Schema(example = "Strasbourg") String name) {

    static TerritoryRefDocument of(TerritoryRef ref) {
      return ref == null ? null : new TerritoryRefDocument(ref.id(), ref.actor(), ref.name());
    }
  }

  static PromoDocument of(PromoView view) {
    return new PromoDocument(
        view.id(),
        view.number(),
        view.name(),
        view.period(),
        view.durationMonths(),
        view.eligibilityCommitteeDate(),
        view.members().stream().map(TerritoryRef::id).toList(),
        view.coAnimators().stream().map(TerritoryRef::id).toList(),
        view.modules().stream()
            .map(
                m ->
                    new ModuleDocument(
                        m.title(),
                        m.format().name(),
                        m.coAnimator() == null ? null : m.coAnimator().id(),
                        m.openToLabelled()))
            .toList(),
        view.members().stream().map(TerritoryRefDocument::of).toList(),
        view.coAnimators().stream().map(TerritoryRefDocument::of).toList(),
        view.createdAt(),
        view.updatedAt());
  }
}
