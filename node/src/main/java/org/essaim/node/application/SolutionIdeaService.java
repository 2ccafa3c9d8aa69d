// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.essaim.node.domain.model.challenge.SolutionIdea;
import org.essaim.node.domain.model.challenge.SolutionIdeaRepository;
import org.essaim.node.domain.model.challenge.SolutionIdeaState;
import org.essaim.node.domain.model.project.ProjectRepository;

/**
 * Solution ideas of a défi, from its soirée d'idéation to the selection. The team writes them; the
 * public reads the SHORTLISTED, SELECTED and BECAME_PROJECT ones of a défi it may read.
 */
@ApplicationScoped
public class SolutionIdeaService {

  @Inject SolutionIdeaRepository ideas;
  @Inject ChallengeService challenges;
  @Inject ProjectRepository projects;
  @Inject Clock clock;

  /**
   * @throws NotFoundException when there is no such défi
   * @throws org.essaim.node.domain.shared.DomainRuleViolation when title or description is invalid
   */
  @Transactional
  public SolutionIdeaView create(long challengeId, String title, String description) {
    challenges.visible(challengeId, true);
    SolutionIdea idea = new SolutionIdea(challengeId, title, description, clock.instant());
    ideas.add(idea);
    ideas.flush();
    return SolutionIdeaView.of(idea);
  }

  @Transactional
  public Page<SolutionIdeaView> list(
      long challengeId, boolean team, SolutionIdeaState state, PageRequest request) {
    challenges.visible(challengeId, team);
    Set<SolutionIdeaState> states =
        team
            ? EnumSet.allOf(SolutionIdeaState.class)
            : EnumSet.copyOf(SolutionIdeaState.PUBLIC_STATES);
    if (state != null) {
      states = states.contains(state) ? EnumSet.of(state) : EnumSet.noneOf(SolutionIdeaState.class);
    }
    if (states.isEmpty()) {
      return new Page<>(List.of(), request.page(), request.size(), 0);
    }
    return new Page<>(
        ideas.list(challengeId, states, Page.offset(request), request.size()).stream()
            .map(SolutionIdeaView::of)
            .toList(),
        request.page(),
        request.size(),
        ideas.count(challengeId, states));
  }

  @Transactional
  public SolutionIdeaView get(long challengeId, long id, boolean team) {
    challenges.visible(challengeId, team);
    SolutionIdea idea = idea(challengeId, id);
    if (!team && !idea.state().publiclyVisible()) {
      throw missing(challengeId, id);
    }
    return SolutionIdeaView.of(idea);
  }

  @Transactional
  public SolutionIdeaView describe(
      long challengeId, long id, String title, String description, OptionalLong expectedVersion) {
    SolutionIdea idea = current(challengeId, id, expectedVersion);
    idea.describe(title, description, clock.instant());
    ideas.flush();
    return SolutionIdeaView.of(idea);
  }

  /**
   * @throws org.essaim.node.domain.shared.IllegalTransitionException when the target does not
   *     follow the current state
   */
  @Transactional
  public SolutionIdeaView moveTo(
      long challengeId,
      long id,
      SolutionIdeaState target,
      Long projectId,
      OptionalLong expectedVersion) {
    SolutionIdea idea = current(challengeId, id, expectedVersion);
    idea.moveTo(target, projectId, clock.instant());
    // Checked once the move itself is legal; the transaction rolls the move back if it fails.
    if (projectId != null && projects.find(projectId).isEmpty()) {
      throw new InvalidInputException(
          List.of(new FieldError("projectId", "there is no project " + projectId)));
    }
    ideas.flush();
    return SolutionIdeaView.of(idea);
  }

  private SolutionIdea current(long challengeId, long id, OptionalLong expectedVersion) {
    challenges.visible(challengeId, true);
    SolutionIdea idea = idea(challengeId, id);
    StaleVersionException.requireCurrent(expectedVersion, idea.version());
    return idea;
  }

  private SolutionIdea idea(long challengeId, long id) {
    return ideas
        .find(id)
        .filter(i -> i.challengeId() == challengeId)
        .orElseThrow(() -> missing(challengeId, id));
  }

  private static NotFoundException missing(long challengeId, long id) {
    return new NotFoundException("there is no solution idea " + id + " for défi " + challengeId);
  }
}
