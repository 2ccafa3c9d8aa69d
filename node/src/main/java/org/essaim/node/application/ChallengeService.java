// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.essaim.node.application.federation.publishing.SharedObjectChanged;
import org.essaim.node.domain.model.campaign.Campaign;
import org.essaim.node.domain.model.campaign.CampaignRepository;
import org.essaim.node.domain.model.challenge.Challenge;
import org.essaim.node.domain.model.challenge.ChallengeDescription;
import org.essaim.node.domain.model.challenge.ChallengeRepository;
import org.essaim.node.domain.model.challenge.ChallengeSearch;
import org.essaim.node.domain.model.challenge.ChallengeState;
import org.essaim.node.domain.model.dream.Dream;
import org.essaim.node.domain.model.dream.DreamRepository;
import org.essaim.node.domain.model.dream.DreamState;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * The team turns dreams into défis (« création des défis »), groups the dreams under them with the
 * help of similarity suggestions, and moves them through the soirée and beyond. The public reads
 * every défi but DRAFT ones, of campaigns that are not PLANNED, with only published dreams.
 */
@ApplicationScoped
public class ChallengeService {

  /** How many dreams a similarity suggestion lists. */
  static final int SUGGESTIONS = 10;

  /** The dreams the team may group, and so the ones suggested for a défi. */
  private static final Set<DreamState> GROUPABLE =
      EnumSet.of(DreamState.PUBLISHED, DreamState.CLUSTERED);

  @Inject ChallengeRepository challenges;
  @Inject CampaignRepository campaigns;
  @Inject DreamRepository dreams;
  @Inject Taxonomy taxonomy;
  @Inject VisibilityDefaultService visibilityDefaults;
  @Inject Clock clock;
  @Inject jakarta.enterprise.event.Event<SharedObjectChanged> shared;

  /**
   * @throws DomainRuleViolation when the campaign does not exist or a theme key is unknown
   */
  @Transactional
  public ChallengeView create(long campaignId, ChallengeDescription description) {
    if (campaigns.find(campaignId).isEmpty()) {
      throw new DomainRuleViolation("campaignId", "there is no campaign " + campaignId);
    }
    taxonomy.requireKnown(TaxonomyScheme.THEMES, description.themes(), "themes");
    Challenge challenge =
        new Challenge(
            campaignId,
            description,
            visibilityDefaults.defaultFor(ShareableKind.CHALLENGE),
            clock.instant());
    challenges.add(challenge);
    challenges.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.CHALLENGE, challenge.id()));
    return view(challenge, true);
  }

  /**
   * @param team whether the caller is an editor or administrator (who also sees drafts)
   */
  @Transactional
  public Page<ChallengeView> list(
      boolean team,
      Optional<Long> campaignId,
      Optional<ChallengeState> state,
      Optional<String> theme,
      Optional<String> text,
      PageRequest request) {
    Set<ChallengeState> states = EnumSet.allOf(ChallengeState.class);
    if (!team) {
      states.removeIf(s -> !s.publiclyVisible());
    }
    if (state.isPresent()) {
      states =
          states.contains(state.get())
              ? EnumSet.of(state.get())
              : EnumSet.noneOf(ChallengeState.class);
    }
    theme
        .filter(t -> !t.isBlank())
        .ifPresent(t -> taxonomy.requireKnown(TaxonomyScheme.THEMES, List.of(t.strip()), "theme"));
    if (states.isEmpty()) {
      return new Page<>(List.of(), request.page(), request.size(), 0);
    }
    ChallengeSearch search = new ChallengeSearch(campaignId, states, theme, text, !team);
    List<Challenge> found = challenges.search(search, Page.offset(request), request.size());
    // One query for the dreams of the whole page, not one per défi.
    Map<Long, Dream> grouped =
        dreams
            .findAll(found.stream().flatMap(c -> c.dreamIds().stream()).distinct().toList())
            .stream()
            .collect(Collectors.toMap(Dream::id, Function.identity()));
    List<ChallengeView> items = found.stream().map(c -> view(c, grouped, team)).toList();
    return new Page<>(items, request.page(), request.size(), challenges.count(search));
  }

  /**
   * @throws NotFoundException when there is no such défi, or the public may not read it
   */
  @Transactional
  public ChallengeView get(long id, boolean team) {
    return view(visible(id, team), team);
  }

  @Transactional
  public ChallengeView describe(
      long id, ChallengeDescription description, OptionalLong expectedVersion) {
    Challenge challenge = current(id, expectedVersion);
    taxonomy.requireKnown(TaxonomyScheme.THEMES, description.themes(), "themes");
    challenge.describe(description, clock.instant());
    challenges.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.CHALLENGE, id));
    return view(challenge, true);
  }

  /**
   * @param mergedInto the défi it duplicates, with MERGED only
   * @throws org.essaim.node.domain.shared.IllegalTransitionException when the target does not
   *     follow the current state
   */
  @Transactional
  public ChallengeView moveTo(
      long id, ChallengeState target, Optional<Long> mergedInto, OptionalLong expectedVersion) {
    Challenge challenge = current(id, expectedVersion);
    if (target == ChallengeState.MERGED && mergedInto.isPresent()) {
      Challenge into =
          challenges
              .find(mergedInto.get())
              .orElseThrow(
                  () ->
                      new DomainRuleViolation(
                          "mergedInto", "there is no défi " + mergedInto.get()));
      challenge.mergeInto(into, clock.instant());
    } else {
      if (target != ChallengeState.MERGED && mergedInto.isPresent()) {
        throw new DomainRuleViolation("mergedInto", "only for a transition to MERGED");
      }
      challenge.moveTo(target, clock.instant());
    }
    challenges.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.CHALLENGE, id));
    return view(challenge, true);
  }

  /**
   * Groups a dream under the défi; a PUBLISHED dream becomes CLUSTERED.
   *
   * @throws NotFoundException when there is no such défi or dream
   * @throws ConflictException when the défi is closed
   * @throws DomainRuleViolation when the dream is of another campaign or not moderated
   */
  @Transactional
  public ChallengeView group(long id, long dreamId, OptionalLong expectedVersion) {
    return groupAll(id, List.of(dreamId), expectedVersion);
  }

  /**
   * Groups several dreams under the défi at once: all of them or, when one cannot be grouped, none.
   *
   * @throws NotFoundException when there is no such défi or dream
   * @throws ConflictException when the défi is closed
   * @throws DomainRuleViolation when a dream is of another campaign or not moderated
   */
  @Transactional
  public ChallengeView groupAll(long id, List<Long> dreamIds, OptionalLong expectedVersion) {
    Challenge challenge = open(id, expectedVersion);
    for (long dreamId : dreamIds) {
      Dream dream =
          dreams
              .find(dreamId)
              .orElseThrow(() -> new NotFoundException("there is no dream " + dreamId));
      challenge.group(dream, clock.instant());
    }
    challenges.flush();
    dreams.flush();
    return view(challenge, true);
  }

  /**
   * A new défi of the campaign with dreams grouped under it, in one transaction: when a dream
   * cannot be grouped, no défi is created either.
   *
   * @throws DomainRuleViolation when the campaign does not exist, a theme key is unknown, or a
   *     dream is of another campaign or not moderated
   * @throws NotFoundException when there is no such dream
   */
  @Transactional
  public ChallengeView createWithDreams(
      long campaignId, ChallengeDescription description, List<Long> dreamIds) {
    ChallengeView created = create(campaignId, description);
    return groupAll(created.id(), dreamIds, OptionalLong.empty());
  }

  /**
   * @throws NotFoundException when there is no such défi, or the dream is not grouped in it
   */
  @Transactional
  public ChallengeView ungroup(long id, long dreamId, OptionalLong expectedVersion) {
    Challenge challenge = open(id, expectedVersion);
    if (!challenge.ungroup(dreamId, clock.instant())) {
      throw new NotFoundException("dream " + dreamId + " is not grouped in défi " + id);
    }
    challenges.flush();
    return view(challenge, true);
  }

  /**
   * The campaign's dreams most resembling the défi's title and statement, not yet grouped in it.
   */
  @Transactional
  public List<SimilarDreamView> similarDreams(long id) {
    Challenge challenge = visible(id, true);
    return dreams
        .similar(
            challenge.campaignId(),
            challenge.title() + "\n" + challenge.statement(),
            GROUPABLE,
            challenge.dreamIds(),
            SUGGESTIONS)
        .stream()
        .map(SimilarDreamView::of)
        .toList();
  }

  /** The défi, if it exists and the caller may read it (for the services of this package). */
  public Challenge visible(long id, boolean team) {
    return challenges
        .find(id)
        .filter(c -> team || c.publiclyVisible(campaignPublic(c.campaignId())))
        .orElseThrow(() -> new NotFoundException("there is no défi " + id));
  }

  private boolean campaignPublic(long campaignId) {
    return campaigns
        .find(campaignId)
        .map(Campaign::state)
        .map(s -> s.publiclyVisible())
        .orElse(false);
  }

  private Challenge current(long id, OptionalLong expectedVersion) {
    Challenge challenge = visible(id, true);
    StaleVersionException.requireCurrent(expectedVersion, challenge.version());
    return challenge;
  }

  private Challenge open(long id, OptionalLong expectedVersion) {
    Challenge challenge = current(id, expectedVersion);
    if (!challenge.isOpen()) {
      throw new ConflictException(
          "the défi is " + challenge.state() + "; its dreams can no longer change");
    }
    return challenge;
  }

  private ChallengeView view(Challenge challenge, boolean team) {
    Map<Long, Dream> grouped =
        dreams.findAll(challenge.dreamIds()).stream()
            .collect(Collectors.toMap(Dream::id, Function.identity()));
    return view(challenge, grouped, team);
  }

  private static ChallengeView view(Challenge challenge, Map<Long, Dream> dreams, boolean team) {
    List<GroupedDreamView> grouped =
        challenge.dreamIds().stream()
            .map(dreams::get)
            .filter(d -> d != null && (team || d.state().publiclyVisible()))
            .sorted(Comparator.comparing(Dream::id))
            .map(GroupedDreamView::of)
            .toList();
    return ChallengeView.of(challenge, grouped);
  }
}
