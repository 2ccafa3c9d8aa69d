// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import org.essaim.node.domain.model.campaign.Campaign;
import org.essaim.node.domain.model.campaign.CampaignDescription;
import org.essaim.node.domain.model.campaign.CampaignRepository;
import org.essaim.node.domain.model.campaign.CampaignState;

/**
 * Creates, describes and moves campaigns through the method's steps. The public sees every campaign
 * but the {@link CampaignState#PLANNED} ones, which are the team's drafts.
 */
@ApplicationScoped
public class CampaignService {

  @Inject CampaignRepository campaigns;
  @Inject Clock clock;

  @Transactional
  public CampaignView create(CampaignDescription description) {
    Campaign campaign = new Campaign(description, clock.instant());
    campaigns.add(campaign);
    campaigns.flush();
    return CampaignView.of(campaign);
  }

  /**
   * @param team whether the caller is an editor or administrator (who also sees PLANNED ones)
   * @param state only campaigns in this state, if given
   */
  @Transactional
  public Page<CampaignView> list(boolean team, CampaignState state, PageRequest request) {
    Set<CampaignState> states = visibleStates(team);
    if (state != null) {
      states = states.contains(state) ? EnumSet.of(state) : EnumSet.noneOf(CampaignState.class);
    }
    if (states.isEmpty()) {
      return new Page<>(java.util.List.of(), request.page(), request.size(), 0);
    }
    return new Page<>(
        campaigns.list(states, Page.offset(request), request.size()).stream()
            .map(CampaignView::of)
            .toList(),
        request.page(),
        request.size(),
        campaigns.count(states));
  }

  /**
   * @throws NotFoundException when there is no such campaign, or it is PLANNED and the caller is
   *     not of the team
   */
  @Transactional
  public CampaignView get(long id, boolean team) {
    return CampaignView.of(visible(id, team));
  }

  /**
   * Replaces the description as a whole.
   *
   * @throws StaleVersionException when {@code expectedVersion} is given and older than the stored
   */
  @Transactional
  public CampaignView describe(
      long id, CampaignDescription description, OptionalLong expectedVersion) {
    Campaign campaign = current(id, expectedVersion);
    campaign.describe(description, clock.instant());
    campaigns.flush();
    return CampaignView.of(campaign);
  }

  /**
   * @throws org.essaim.node.domain.shared.IllegalTransitionException unless {@code target} is the
   *     next step
   */
  @Transactional
  public CampaignView moveTo(long id, CampaignState target, OptionalLong expectedVersion) {
    Campaign campaign = current(id, expectedVersion);
    campaign.moveTo(target, clock.instant());
    campaigns.flush();
    return CampaignView.of(campaign);
  }

  private Campaign visible(long id, boolean team) {
    return visible(campaigns, id, team);
  }

  /** The campaign, if it exists and the caller may see it. */
  static Campaign visible(CampaignRepository campaigns, long id, boolean team) {
    return campaigns
        .find(id)
        .filter(c -> team || c.state().publiclyVisible())
        .orElseThrow(() -> new NotFoundException("there is no campaign " + id));
  }

  private Campaign current(long id, OptionalLong expectedVersion) {
    Campaign campaign = visible(id, true);
    StaleVersionException.requireCurrent(expectedVersion, campaign.version());
    return campaign;
  }

  private static Set<CampaignState> visibleStates(boolean team) {
    Set<CampaignState> states = EnumSet.allOf(CampaignState.class);
    if (!team) {
      states.removeIf(s -> !s.publiclyVisible());
    }
    return states;
  }
}
