// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.domain.model.registry.CommitteeDecision;
import org.essaim.node.domain.model.registry.CommitteeKind;
import org.essaim.node.domain.model.registry.CommitteeReview;
import org.essaim.node.domain.model.registry.CommitteeReviewRepository;
import org.essaim.node.domain.model.registry.CriterionAssessment;
import org.essaim.node.domain.model.registry.EntryDescription;
import org.essaim.node.domain.model.registry.LabelStatus;
import org.essaim.node.domain.model.registry.TerritoryEntry;

/**
 * The committees' decisions: recorded once, and moving the territory on the label path in the same
 * transaction (a LABELLED decision labels it at the committee's date, which issues its
 * attestation).
 */
@ApplicationScoped
public class CommitteeService {

  @Inject RegistryService registry;
  @Inject CommitteeReviewRepository reviews;
  @Inject RegistryLinks links;

  Clock clock = Clock.systemUTC();

  /**
   * @param promoId for an ELIGIBLE decision, the promo the territory joins (optional)
   * @throws ConflictException when the territory is not in the status this committee reviews
   */
  @Transactional
  public CommitteeReviewView record(
      long territoryId,
      CommitteeKind kind,
      LocalDate committeeDate,
      List<CriterionAssessment> criteria,
      CommitteeDecision decision,
      String notes,
      Long promoId,
      String by) {
    TerritoryEntry entry = registry.entry(territoryId);
    CommitteeReview review =
        new CommitteeReview(
            territoryId, kind, committeeDate, criteria, decision, notes, by, clock.instant());
    if (entry.labelStatus() != kind.reviews()) {
      throw new ConflictException(
          "the "
              + kind
              + " committee reviews "
              + kind.reviews()
              + " territories; this one is "
              + entry.labelStatus());
    }
    if (promoId != null) {
      if (decision != CommitteeDecision.ELIGIBLE) {
        throw new org.essaim.node.application.InvalidInputException(
            List.of(
                new org.essaim.node.application.FieldError(
                    "promoId", "only an ELIGIBLE decision places the territory in a promo")));
      }
      links.requirePromo(promoId);
      EntryDescription d = entry.description();
      Long before = d.promoId();
      entry.describe(
          new EntryDescription(d.name(), d.region(), d.department(), d.country(), promoId),
          clock.instant());
      if (!promoId.equals(before)) {
        links.promoChanged(before);
        links.promoChanged(promoId);
      }
    }
    reviews.add(review);
    // The committee's date is the label's date only for a label: no other status takes a date
    // (ELIGIBLE, DEFERRED and NEEDS_MORE_TIME decisions used to be refused for it).
    decision
        .moves()
        .ifPresent(
            status ->
                registry.move(
                    entry,
                    status,
                    status == LabelStatus.LABELLED ? committeeDate : null,
                    null,
                    by));
    return CommitteeReviewView.of(review);
  }

  @Transactional
  public List<CommitteeReviewView> reviews(long territoryId) {
    registry.entry(territoryId);
    return reviews.byTerritory(territoryId).stream().map(CommitteeReviewView::of).toList();
  }

  @Transactional
  public CommitteeReviewView review(long territoryId, long reviewId) {
    registry.entry(territoryId);
    return reviews
        .find(reviewId)
        .filter(r -> r.territoryId() == territoryId)
        .map(CommitteeReviewView::of)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "territory " + territoryId + " has no committee review " + reviewId));
  }
}
