// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.essaim.node.domain.model.campaign.Campaign;
import org.essaim.node.domain.model.campaign.CampaignRepository;
import org.essaim.node.domain.model.consent.ConsentPurpose;
import org.essaim.node.domain.model.consent.ConsentRecord;
import org.essaim.node.domain.model.consent.ConsentRecordRepository;
import org.essaim.node.domain.model.consent.ConsentSource;
import org.essaim.node.domain.model.dream.Dream;
import org.essaim.node.domain.model.dream.DreamRepository;
import org.essaim.node.domain.model.dream.DreamSearch;
import org.essaim.node.domain.model.dream.DreamState;
import org.essaim.node.domain.model.dream.DreamSubmission;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * Step 1 of the method: anyone may share a dream while a campaign collects them, without an
 * account; the team moderates them. Dreams stay on this node (see {@link Dream}).
 */
@ApplicationScoped
public class DreamService {

  @Inject DreamRepository dreams;
  @Inject CampaignRepository campaigns;
  @Inject Taxonomy taxonomy;
  @Inject SubmissionLimits limits;
  @Inject ConsentRecordRepository consents;
  @Inject Clock clock;
  private RateLimiter submissions;

  @PostConstruct
  void configureLimits() {
    submissions = new RateLimiter(limits.maxPerWindow(), limits.window());
  }

  /**
   * Counts one public submission attempt from a client, valid or not, trap or not.
   *
   * @throws TooManyRequestsException when the client used up its window
   */
  public void countAttempt(String clientAddress) {
    submissions.acquire(clientAddress, clock.instant());
  }

  /**
   * Stores a dream, SUBMITTED, for moderation.
   *
   * @throws NotFoundException when the campaign does not exist or is not public yet
   * @throws ConflictException when the campaign is not collecting dreams
   * @throws DomainRuleViolation when a theme key is unknown
   * @return the new dream's id
   */
  @Transactional
  public long submit(long campaignId, DreamSubmission submission) {
    Campaign campaign = CampaignService.visible(campaigns, campaignId, false);
    if (!campaign.acceptsDreams()) {
      throw new ConflictException(
          "the campaign is not collecting dreams (it is "
              + campaign.state()
              + "); dreams are accepted only while it is COLLECTING_DREAMS");
    }
    taxonomy.requireKnown(TaxonomyScheme.THEMES, submission.themes(), "themes");
    Instant now = clock.instant();
    Dream dream = new Dream(campaignId, submission, now);
    dreams.add(dream);
    dreams.flush();
    if (submission.hasContact()) {
      // The proof of the consent, with the wording shown (docs/personal-data.md).
      consents.add(
          new ConsentRecord(
              submission.contactEmail(),
              submission.contactPhone(),
              ConsentPurpose.DREAM_CONTACT,
              ConsentSource.DREAM,
              dream.id(),
              now));
    }
    return dream.id();
  }

  /** Published and clustered dreams of a public campaign, without any personal field. */
  @Transactional
  public Page<PublicDreamView> listPublic(
      long campaignId, Optional<String> theme, Optional<String> text, PageRequest request) {
    CampaignService.visible(campaigns, campaignId, false);
    DreamSearch search =
        new DreamSearch(
            Optional.of(campaignId), DreamState.PUBLIC_STATES, known(theme), text, true);
    return page(search, request).map(PublicDreamView::of);
  }

  /** Any dreams, for moderation by the team. */
  @Transactional
  public Page<DreamView> listForTeam(
      Optional<Long> campaignId,
      Optional<DreamState> state,
      Optional<String> theme,
      Optional<String> text,
      boolean newestFirst,
      PageRequest request) {
    Set<DreamState> states = state.map(EnumSet::of).orElse(EnumSet.allOf(DreamState.class));
    DreamSearch search = new DreamSearch(campaignId, states, known(theme), text, newestFirst);
    return page(search, request).map(DreamView::of);
  }

  @Transactional
  public DreamView getForTeam(long id) {
    return DreamView.of(dream(id));
  }

  /**
   * Moves a dream along its lifecycle; {@code mergedInto} names the dream it duplicates when the
   * target is MERGED.
   *
   * @throws org.essaim.node.domain.shared.IllegalTransitionException when the target does not
   *     follow the current state
   */
  @Transactional
  public DreamView moveTo(
      long id, DreamState target, Optional<Long> mergedInto, OptionalLong expectedVersion) {
    Dream dream = dream(id);
    StaleVersionException.requireCurrent(expectedVersion, dream.version());
    if (target == DreamState.MERGED && mergedInto.isPresent()) {
      Dream into =
          dreams
              .find(mergedInto.get())
              .orElseThrow(
                  () ->
                      new DomainRuleViolation(
                          "mergedInto", "there is no dream " + mergedInto.get()));
      dream.mergeInto(into, clock.instant());
    } else {
      if (target != DreamState.MERGED && mergedInto.isPresent()) {
        throw new DomainRuleViolation("mergedInto", "only for a transition to MERGED");
      }
      dream.moveTo(target, clock.instant());
    }
    dreams.flush();
    return DreamView.of(dream);
  }

  /**
   * Other dreams of the same campaign resembling a dream, best first: duplicates to merge, dreams
   * to group under the same défi. Only dreams not yet refused, merged or archived.
   */
  @Transactional
  public List<SimilarDreamView> similarTo(long id) {
    Dream dream = dream(id);
    return dreams
        .similar(
            dream.campaignId(),
            dream.text(),
            EnumSet.of(DreamState.SUBMITTED, DreamState.PUBLISHED, DreamState.CLUSTERED),
            List.of(dream.id()),
            ChallengeService.SUGGESTIONS)
        .stream()
        .map(SimilarDreamView::of)
        .toList();
  }

  private Page<Dream> page(DreamSearch search, PageRequest request) {
    List<Dream> items = dreams.search(search, Page.offset(request), request.size());
    return new Page<>(items, request.page(), request.size(), dreams.count(search));
  }

  private Optional<String> known(Optional<String> theme) {
    theme
        .filter(t -> !t.isBlank())
        .ifPresent(t -> taxonomy.requireKnown(TaxonomyScheme.THEMES, List.of(t.strip()), "theme"));
    return theme;
  }

  private Dream dream(long id) {
    return dreams.find(id).orElseThrow(() -> new NotFoundException("there is no dream " + id));
  }
}
