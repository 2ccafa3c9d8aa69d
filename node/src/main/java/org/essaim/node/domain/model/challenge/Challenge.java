// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.challenge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.essaim.node.domain.model.dream.Dream;
import org.essaim.node.domain.model.dream.DreamState;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.Visibility;

/**
 * A défi: a question the territory asks itself, drawn by the team from the dreams of one campaign
 * (« création des défis »), then worked on at a soirée d'idéation.
 *
 * <p><b>Visibility.</b> NODE_PUBLIC by default once out of DRAFT. When défis federate (a later
 * slice), only the title, the themes and the state may leave the node, for matching across the
 * network (domain notes §2.2 B): never the statement, and never the links to dreams, which are
 * local by construction.
 */
@Entity
@Table(name = "challenge")
public class Challenge {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  // A reference by id: Campaign, Dream and Challenge are separate aggregates.
  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @Column(name = "title", nullable = false, length = ChallengeDescription.MAX_TITLE_LENGTH)
  private String title;

  @Column(name = "statement", nullable = false)
  private String statement;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "challenge_theme", joinColumns = @JoinColumn(name = "challenge_id"))
  @OrderColumn(name = "position")
  @Column(name = "theme_key", nullable = false, length = 100)
  private List<String> themes = new ArrayList<>();

  /** The grouped dreams, by id: local links only. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "challenge_dream", joinColumns = @JoinColumn(name = "challenge_id"))
  @Column(name = "dream_id", nullable = false)
  private Set<Long> dreamIds = new LinkedHashSet<>();

  /** Only title, themes and state may ever federate, whatever the level (see class comment). */
  @Enumerated(EnumType.STRING)
  @Column(name = "visibility", nullable = false, length = 32)
  private Visibility visibility;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 32)
  private ChallengeState state;

  @Column(name = "merged_into_id")
  private Long mergedIntoId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false)
  // JPA 3.1 maps OffsetDateTime, not Instant, to timestamptz.
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Challenge() {
    // for JPA
  }

  /**
   * A new défi of the campaign, {@link ChallengeState#DRAFT}.
   *
   * @param defaultVisibility used when the description names none
   */
  public Challenge(
      long campaignId,
      ChallengeDescription description,
      Visibility defaultVisibility,
      Instant now) {
    this.campaignId = campaignId;
    this.visibility = java.util.Objects.requireNonNull(defaultVisibility, "defaultVisibility");
    this.state = ChallengeState.DRAFT;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    describe(description, now);
  }

  /** Replaces the whole description (a visibility left out stays); allowed in every state. */
  public void describe(ChallengeDescription description, Instant now) {
    this.title = description.title();
    this.statement = description.statement();
    this.themes.clear();
    this.themes.addAll(description.themes());
    if (description.visibility() != null) {
      this.visibility = description.visibility();
    }
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * Groups a dream under this défi. The dream must belong to the same campaign and be moderated
   * (PUBLISHED or already CLUSTERED); a PUBLISHED dream becomes CLUSTERED through its own
   * lifecycle. Grouping a dream twice changes nothing.
   *
   * @throws DomainRuleViolation when the dream is of another campaign or not moderated
   * @throws IllegalStateException when this défi is closed (RESOLVED, ABANDONED, MERGED)
   */
  public void group(Dream dream, Instant now) {
    Objects.requireNonNull(dream, "dream");
    requireOpen();
    if (dream.campaignId() != campaignId) {
      throw new DomainRuleViolation("dreamId", "must be a dream of the défi's campaign");
    }
    if (dream.state() != DreamState.PUBLISHED && dream.state() != DreamState.CLUSTERED) {
      throw new DomainRuleViolation(
          "dreamId",
          "only a PUBLISHED or CLUSTERED dream can be grouped; this one is " + dream.state());
    }
    if (dream.state() == DreamState.PUBLISHED) {
      dream.moveTo(DreamState.CLUSTERED, now);
    }
    if (dreamIds.add(dream.id())) {
      this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }
  }

  /**
   * Takes a dream out of this défi. The dream stays CLUSTERED: its lifecycle has no way back, and
   * it was linked to a défi once.
   *
   * @return whether it was grouped here
   */
  public boolean ungroup(long dreamId, Instant now) {
    requireOpen();
    boolean removed = dreamIds.remove(dreamId);
    if (removed) {
      this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }
    return removed;
  }

  /**
   * Every move but merging (see {@link #mergeInto}).
   *
   * @throws org.essaim.node.domain.shared.IllegalTransitionException when the target does not
   *     follow the current state
   */
  public void moveTo(ChallengeState target, Instant now) {
    ChallengeState next = state.requireTransitionTo(target);
    if (next == ChallengeState.MERGED) {
      throw new DomainRuleViolation("mergedInto", "merging needs the id of the défi to merge into");
    }
    this.state = next;
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Marks this défi as a duplicate of another défi of the same campaign, still open. */
  public void mergeInto(Challenge target, Instant now) {
    Objects.requireNonNull(target, "target");
    ChallengeState next = state.requireTransitionTo(ChallengeState.MERGED);
    if (target == this || (id != null && id.equals(target.id))) {
      throw new DomainRuleViolation("mergedInto", "a défi cannot be merged into itself");
    }
    if (!target.campaignId.equals(campaignId)) {
      throw new DomainRuleViolation("mergedInto", "must be a défi of the same campaign");
    }
    if (target.state.isFinal()) {
      throw new DomainRuleViolation(
          "mergedInto", "cannot merge into a défi that is " + target.state);
    }
    this.state = next;
    this.mergedIntoId = target.id;
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Whether dreams may still be grouped or ungrouped. */
  public boolean isOpen() {
    return !state.isFinal();
  }

  private void requireOpen() {
    if (!isOpen()) {
      throw new IllegalStateException("the défi is " + state + "; its dreams can no longer change");
    }
  }

  /** Whether the public may read it, given whether its campaign is public. */
  public boolean publiclyVisible(boolean campaignPublic) {
    return campaignPublic && state.publiclyVisible() && visibility.readableByPublic();
  }

  public ChallengeDescription description() {
    return new ChallengeDescription(title, statement, themes, visibility);
  }

  public Long id() {
    return id;
  }

  public long campaignId() {
    return campaignId;
  }

  public String title() {
    return title;
  }

  public String statement() {
    return statement;
  }

  public List<String> themes() {
    return List.copyOf(themes);
  }

  /** The grouped dreams' ids, ascending. */
  public Set<Long> dreamIds() {
    return java.util.Collections.unmodifiableSet(new TreeSet<>(dreamIds));
  }

  public Visibility visibility() {
    return visibility;
  }

  public ChallengeState state() {
    return state;
  }

  public Optional<Long> mergedIntoId() {
    return Optional.ofNullable(mergedIntoId);
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
