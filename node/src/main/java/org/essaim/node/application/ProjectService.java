// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.essaim.node.application.federation.publishing.SharedObjectChanged;
import org.essaim.node.domain.model.challenge.ChallengeRepository;
import org.essaim.node.domain.model.challenge.SolutionIdeaRepository;
import org.essaim.node.domain.model.organization.OrganizationRepository;
import org.essaim.node.domain.model.project.Project;
import org.essaim.node.domain.model.project.ProjectDescription;
import org.essaim.node.domain.model.project.ProjectRepository;
import org.essaim.node.domain.model.project.ProjectSearch;
import org.essaim.node.domain.model.project.ProjectStage;
import org.essaim.node.domain.model.project.ProjectStatus;
import org.essaim.node.domain.model.solution.TransferableSolutionRepository;
import org.essaim.node.domain.model.visibility.ShareableKind;

/**
 * Projects: description, stage and status. The public reads NODE_PUBLIC and PUBLIC ones; the team
 * everything. Stages move forward only, except for administrators, who may move a project back to
 * correct a mistake.
 */
@ApplicationScoped
public class ProjectService {

  @Inject ProjectRepository projects;
  @Inject OrganizationRepository organizations;
  @Inject ChallengeRepository challenges;
  @Inject SolutionIdeaRepository solutionIdeas;
  @Inject VisibilityDefaultService visibilityDefaults;
  @Inject TransferableSolutionRepository transferableSolutions;
  @Inject Clock clock;
  @Inject jakarta.enterprise.event.Event<SharedObjectChanged> shared;

  /**
   * @throws InvalidInputException when the carrier or a partner organisation does not exist
   */
  @Transactional
  public ProjectView create(ProjectDescription description, ProjectStage stage) {
    requireOrganizations(description);
    Project project =
        new Project(
            description,
            stage,
            visibilityDefaults.defaultFor(ShareableKind.PROJECT),
            clock.instant());
    projects.add(project);
    projects.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.PROJECT, project.id()));
    return ProjectView.of(project);
  }

  /**
   * @param byTitle sort by title; otherwise newest first
   */
  @Transactional
  public Page<ProjectView> list(
      boolean team,
      Optional<String> theme,
      Optional<ProjectStage> stage,
      Optional<ProjectStatus> status,
      Optional<String> text,
      boolean byTitle,
      PageRequest request) {
    ProjectSearch search =
        new ProjectSearch(Visibilities.readableBy(team), theme, stage, status, text, byTitle);
    return new Page<>(
        projects.search(search, Page.offset(request), request.size()).stream()
            .map(p -> view(p, team))
            .toList(),
        request.page(),
        request.size(),
        projects.count(search));
  }

  @Transactional
  public ProjectView get(long id, boolean team) {
    return view(visible(id, team), team);
  }

  @Transactional
  public ProjectView describe(
      long id, ProjectDescription description, OptionalLong expectedVersion) {
    Project project = current(id, expectedVersion);
    requireOrganizations(description);
    project.describe(description, clock.instant());
    projects.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.PROJECT, id));
    return ProjectView.of(project);
  }

  /**
   * @param admin whether the caller is an administrator, who may also move back
   * @throws org.essaim.node.domain.shared.IllegalTransitionException for an illegal move
   */
  @Transactional
  public ProjectView moveToStage(
      long id, ProjectStage target, boolean admin, OptionalLong expectedVersion) {
    Project project = current(id, expectedVersion);
    project.moveToStage(target, admin, clock.instant());
    projects.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.PROJECT, id));
    return ProjectView.of(project);
  }

  /**
   * @throws org.essaim.node.domain.shared.IllegalTransitionException for an illegal move
   */
  @Transactional
  public ProjectView moveToStatus(long id, ProjectStatus target, OptionalLong expectedVersion) {
    Project project = current(id, expectedVersion);
    project.moveToStatus(target, clock.instant());
    projects.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.PROJECT, id));
    return ProjectView.of(project);
  }

  /**
   * @throws ConflictException when a solution idea became this project, or a transferable solution
   *     derives from it: the trace must stay
   */
  @Transactional
  public void delete(long id, OptionalLong expectedVersion) {
    Project project = current(id, expectedVersion);
    if (solutionIdeas.anyBecame(id)) {
      throw new ConflictException(
          "project " + id + " is the outcome of a solution idea; stop it instead of deleting it");
    }
    if (transferableSolutions.anyDerivesFrom(id)) {
      throw new ConflictException(
          "a transferable solution derives from project "
              + id
              + "; stop the project instead of deleting it");
    }
    projects.remove(project);
    projects.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.PROJECT, id));
  }

  private ProjectView view(Project project, boolean team) {
    return team
        ? ProjectView.of(project)
        : ProjectView.forPublic(
            project,
            organizationId ->
                organizations
                    .find(organizationId)
                    .map(o -> o.visibility().readableByPublic())
                    .orElse(false));
  }

  private Project visible(long id, boolean team) {
    return projects
        .find(id)
        .filter(p -> team || p.visibility().readableByPublic())
        .orElseThrow(() -> new NotFoundException("there is no project " + id));
  }

  private Project current(long id, OptionalLong expectedVersion) {
    Project project = visible(id, true);
    StaleVersionException.requireCurrent(expectedVersion, project.version());
    return project;
  }

  private void requireOrganizations(ProjectDescription description) {
    List<FieldError> errors = new ArrayList<>();
    Long carrier = description.carrierOrganizationId();
    if (carrier != null && organizations.find(carrier).isEmpty()) {
      errors.add(new FieldError("carrierOrganizationId", "there is no organisation " + carrier));
    }
    Long challenge = description.originChallengeId();
    if (challenge != null && challenges.find(challenge).isEmpty()) {
      errors.add(new FieldError("originChallengeId", "there is no défi " + challenge));
    }
    List<Long> partners = description.partnerOrganizationIds();
    for (int i = 0; i < partners.size(); i++) {
      if (organizations.find(partners.get(i)).isEmpty()) {
        errors.add(
            new FieldError(
                "partnerOrganizationIds[" + i + "]",
                "there is no organisation " + partners.get(i)));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
