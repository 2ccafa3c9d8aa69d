// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * A solution idea (« piste de solution ») for a défi, out of a table of a soirée d'idéation (e.g.
 * the 19 solutions of the forum of Crépîte 2024, Lons-le-Saunier). Its own aggregate, referring to
 * its défi by id. Holds no personal data: who proposed it is not recorded.
 */
@Entity
@Table(name = "solution_idea")
public class SolutionIdea {

  public static final int MAX_TITLE_LENGTH = 200;
  public static final int MAX_DESCRIPTION_LENGTH = 5000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "challenge_id", nullable = false)
  private Long challengeId;

  @Column(name = "title", nullable = false, length = MAX_TITLE_LENGTH)
  private String title;

  @Column(name = "description", nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 32)
  private SolutionIdeaState state;

  /** The project it became (checked by the service; a foreign key since V21). */
  @Column(name = "project_id")
  private Long projectId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected SolutionIdea() {
    // for JPA
  }

  /** A new idea for the défi, {@link SolutionIdeaState#PROPOSED}. */
  public SolutionIdea(long challengeId, String title, String description, Instant now) {
    this.challengeId = challengeId;
    this.state = SolutionIdeaState.PROPOSED;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    describe(title, description, now);
  }

  /**
   * Replaces title and description.
   *
   * @throws DomainRuleViolation when one is blank or too long
   */
  public void describe(String title, String description, Instant now) {
    this.title = required("title", title, MAX_TITLE_LENGTH);
    this.description = required("description", description, MAX_DESCRIPTION_LENGTH);
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * Moves the idea; {@code projectId} is required for, and only for, BECAME_PROJECT.
   *
   * @throws org.essaim.node.domain.shared.IllegalTransitionException when the target does not
   *     follow the current state
   * @throws DomainRuleViolation when the project id is missing, not positive, or not expected
   */
  public void moveTo(SolutionIdeaState target, Long projectId, Instant now) {
    SolutionIdeaState next = state.requireTransitionTo(target);
    if (next == SolutionIdeaState.BECAME_PROJECT) {
      if (projectId == null) {
        throw new DomainRuleViolation("projectId", "required to become a project");
      }
      if (projectId < 1) {
        throw new DomainRuleViolation("projectId", "must be a positive number");
      }
    } else if (projectId != null) {
      throw new DomainRuleViolation("projectId", "only for a transition to BECAME_PROJECT");
    }
    this.state = next;
    this.projectId = projectId;
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  private static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new DomainRuleViolation(field, "must not be blank");
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new DomainRuleViolation(field, "at most " + max + " characters");
    }
    return stripped;
  }

  public Long id() {
    return id;
  }

  public long challengeId() {
    return challengeId;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public SolutionIdeaState state() {
    return state;
  }

  public Optional<Long> projectId() {
    return Optional.ofNullable(projectId);
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Instant updatedAt() {
    return updatedAt.toInstant();
  }
}
