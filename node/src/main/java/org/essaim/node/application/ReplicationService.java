// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import org.essaim.node.domain.model.solution.Replication;
import org.essaim.node.domain.model.solution.ReplicationDescription;
import org.essaim.node.domain.model.solution.ReplicationRepository;
import org.essaim.node.domain.model.solution.ReplicationStatus;
import org.essaim.node.domain.model.solution.TransferableSolution;
import org.essaim.node.domain.model.solution.TransferableSolutionRepository;

/**
 * Replications of a transferable solution in other territories. Whoever may read the solution reads
 * its replications; a new interest is recorded only while the solution is PUBLISHED.
 */
@ApplicationScoped
public class ReplicationService {

  @Inject ReplicationRepository replications;
  @Inject TransferableSolutionRepository solutions;
  @Inject Clock clock;

  /**
   * @throws ConflictException when the solution is not PUBLISHED
   */
  @Transactional
  public ReplicationView create(long solutionId, ReplicationDescription description) {
    TransferableSolution solution = TransferableSolutionService.find(solutions, solutionId, true);
    if (!solution.acceptsReplications()) {
      throw new ConflictException(
          "transferable solution "
              + solutionId
              + " is "
              + solution.status()
              + "; replications are recorded only while it is PUBLISHED");
    }
    Replication replication =
        new Replication(
            solutionId, description.datedIfUndated(LocalDate.now(clock)), clock.instant());
    replications.add(replication);
    replications.flush();
    return ReplicationView.of(replication);
  }

  @Transactional
  public Page<ReplicationView> list(
      long solutionId, boolean team, ReplicationStatus status, PageRequest request) {
    TransferableSolutionService.find(solutions, solutionId, team);
    Set<ReplicationStatus> statuses =
        status == null ? EnumSet.allOf(ReplicationStatus.class) : EnumSet.of(status);
    return new Page<>(
        replications.list(solutionId, statuses, Page.offset(request), request.size()).stream()
            .map(ReplicationView::of)
            .toList(),
        request.page(),
        request.size(),
        replications.count(solutionId, statuses));
  }

  @Transactional
  public ReplicationView get(long solutionId, long id, boolean team) {
    return ReplicationView.of(visible(solutionId, id, team));
  }

  /** A missing date of interest keeps the stored one. */
  @Transactional
  public ReplicationView describe(
      long solutionId, long id, ReplicationDescription description, OptionalLong expectedVersion) {
    Replication replication = current(solutionId, id, expectedVersion);
    replication.describe(
        description.datedIfUndated(replication.description().interestedOn()), clock.instant());
    replications.flush();
    return ReplicationView.of(replication);
  }

  /**
   * @param on the date of the step; today when null
   * @throws org.essaim.node.domain.shared.IllegalTransitionException for an illegal move
   */
  @Transactional
  public ReplicationView moveTo(
      long solutionId,
      long id,
      ReplicationStatus target,
      LocalDate on,
      OptionalLong expectedVersion) {
    Replication replication = current(solutionId, id, expectedVersion);
    replication.moveTo(target, on == null ? LocalDate.now(clock) : on, clock.instant());
    replications.flush();
    return ReplicationView.of(replication);
  }

  @Transactional
  public void delete(long solutionId, long id, OptionalLong expectedVersion) {
    replications.remove(current(solutionId, id, expectedVersion));
    replications.flush();
  }

  private Replication visible(long solutionId, long id, boolean team) {
    TransferableSolutionService.find(solutions, solutionId, team);
    return replications
        .find(id)
        .filter(r -> r.solutionId() == solutionId)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "transferable solution " + solutionId + " has no replication " + id));
  }

  private Replication current(long solutionId, long id, OptionalLong expectedVersion) {
    Replication replication = visible(solutionId, id, true);
    StaleVersionException.requireCurrent(expectedVersion, replication.version());
    return replication;
  }
}
