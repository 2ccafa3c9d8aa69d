// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.essaim.node.application.federation.publishing.SharedObjectChanged;
import org.essaim.node.domain.model.organization.OrganizationRepository;
import org.essaim.node.domain.model.project.Project;
import org.essaim.node.domain.model.project.ProjectRepository;
import org.essaim.node.domain.model.solution.ReplicationRepository;
import org.essaim.node.domain.model.solution.ReplicationStatus;
import org.essaim.node.domain.model.solution.SolutionStatus;
import org.essaim.node.domain.model.solution.TransferMode;
import org.essaim.node.domain.model.solution.TransferableSolution;
import org.essaim.node.domain.model.solution.TransferableSolutionDescription;
import org.essaim.node.domain.model.solution.TransferableSolutionRepository;
import org.essaim.node.domain.model.solution.TransferableSolutionSearch;
import org.essaim.node.domain.model.visibility.ShareableKind;

/**
 * Transferable solutions derived from the node's projects. The team reads them all; anyone else
 * reads PUBLISHED ones whose visibility is NODE_PUBLIC or PUBLIC (NETWORK, the default, is for the
 * team and, later, the member nodes).
 */
@ApplicationScoped
public class TransferableSolutionService {

  @Inject TransferableSolutionRepository solutions;
  @Inject VisibilityDefaultService visibilityDefaults;
  @Inject ReplicationRepository replications;
  @Inject ProjectRepository projects;
  @Inject OrganizationRepository organizations;
  @Inject Clock clock;
  @Inject jakarta.enterprise.event.Event<SharedObjectChanged> shared;

  /**
   * @param projectId the source project
   * @throws InvalidInputException when the project or the contact organisation does not exist
   * @throws ConflictException when a solution already derives from the project
   */
  @Transactional
  public TransferableSolutionView create(
      Long projectId, TransferableSolutionDescription description) {
    Optional<Project> project =
        projectId == null || projectId < 1 ? Optional.empty() : projects.find(projectId);
    List<FieldError> errors = new ArrayList<>();
    if (project.isEmpty()) {
      errors.add(new FieldError("projectId", "there is no project " + projectId));
    }
    contactErrors(description, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (solutions.anyDerivesFrom(projectId)) {
      throw new ConflictException(
          "a transferable solution already derives from project "
              + projectId
              + "; edit that one instead");
    }
    TransferableSolution solution =
        new TransferableSolution(
            projectId,
            description.titledIfUntitled(project.get().description().title()),
            visibilityDefaults.defaultFor(ShareableKind.TRANSFERABLE_SOLUTION),
            clock.instant());
    solutions.add(solution);
    return TransferableSolutionView.of(solution);
  }

  /**
   * @param byTitle sort by title; otherwise newest first
   */
  @Transactional
  public Page<TransferableSolutionView> list(
      boolean team,
      Optional<String> theme,
      Optional<TransferMode> transferMode,
      Optional<SolutionStatus> status,
      Optional<Long> projectId,
      Optional<String> text,
      boolean byTitle,
      PageRequest request) {
    Set<SolutionStatus> statuses = readableStatuses(team);
    if (status.isPresent()) {
      statuses = statuses.contains(status.get()) ? EnumSet.of(status.get()) : Set.of();
    }
    if (statuses.isEmpty()) {
      return new Page<>(List.of(), request.page(), request.size(), 0);
    }
    TransferableSolutionSearch search =
        new TransferableSolutionSearch(
            Visibilities.readableBy(team), statuses, theme, transferMode, projectId, text, byTitle);
    return new Page<>(
        solutions.search(search, Page.offset(request), request.size()).stream()
            .map(TransferableSolutionView::of)
            .toList(),
        request.page(),
        request.size(),
        solutions.count(search));
  }

  @Transactional
  public TransferableSolutionView get(long id, boolean team) {
    return TransferableSolutionView.of(visible(id, team));
  }

  /** A blank title is taken from the source project again. */
  @Transactional
  public TransferableSolutionView describe(
      long id, TransferableSolutionDescription description, OptionalLong expectedVersion) {
    TransferableSolution solution = current(id, expectedVersion);
    requireContact(description);
    String projectTitle = projects.find(solution.projectId()).orElseThrow().description().title();
    solution.describe(description.titledIfUntitled(projectTitle), clock.instant());
    solutions.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.TRANSFERABLE_SOLUTION, id));
    return TransferableSolutionView.of(solution);
  }

  /**
   * @throws org.essaim.node.domain.shared.IllegalTransitionException for an illegal move
   */
  @Transactional
  public TransferableSolutionView moveTo(
      long id, SolutionStatus target, OptionalLong expectedVersion) {
    TransferableSolution solution = current(id, expectedVersion);
    solution.moveTo(target, clock.instant());
    solutions.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.TRANSFERABLE_SOLUTION, id));
    return TransferableSolutionView.of(solution);
  }

  /**
   * @throws ConflictException when replications are recorded: withdraw it instead
   */
  @Transactional
  public void delete(long id, OptionalLong expectedVersion) {
    TransferableSolution solution = current(id, expectedVersion);
    if (replications.count(id, EnumSet.allOf(ReplicationStatus.class)) > 0) {
      throw new ConflictException(
          "transferable solution "
              + id
              + " has replications; withdraw it instead of deleting it, to keep their trace");
    }
    solutions.remove(solution);
    solutions.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.TRANSFERABLE_SOLUTION, id));
  }

  private TransferableSolution visible(long id, boolean team) {
    return find(solutions, id, team);
  }

  /**
   * The solution if the caller may read it (also what its replications' readers need).
   *
   * @throws NotFoundException when there is none, or the caller may not read it
   */
  static TransferableSolution find(
      TransferableSolutionRepository solutions, long id, boolean team) {
    return solutions
        .find(id)
        .filter(
            s ->
                team
                    || s.visibility().readableByPublic()
                        && readableStatuses(false).contains(s.status()))
        .orElseThrow(() -> new NotFoundException("there is no transferable solution " + id));
  }

  private TransferableSolution current(long id, OptionalLong expectedVersion) {
    TransferableSolution solution = visible(id, true);
    StaleVersionException.requireCurrent(expectedVersion, solution.version());
    return solution;
  }

  private static Set<SolutionStatus> readableStatuses(boolean team) {
    return team ? EnumSet.allOf(SolutionStatus.class) : EnumSet.of(SolutionStatus.PUBLISHED);
  }

  private void requireContact(TransferableSolutionDescription description) {
    List<FieldError> errors = new ArrayList<>();
    contactErrors(description, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private void contactErrors(TransferableSolutionDescription description, List<FieldError> errors) {
    long contact = description.contactOrganizationId();
    if (organizations.find(contact).isEmpty()) {
      errors.add(new FieldError("contactOrganizationId", "there is no organisation " + contact));
    }
  }
}
