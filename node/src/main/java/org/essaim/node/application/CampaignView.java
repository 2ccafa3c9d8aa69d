// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import org.essaim.node.domain.model.campaign.Campaign;
import org.essaim.node.domain.model.campaign.CampaignDescription;
import org.essaim.node.domain.model.campaign.CampaignState;

/** A read-only snapshot of a campaign. */
public record CampaignView(
    long id,
    CampaignDescription description,
    CampaignState state,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static CampaignView of(Campaign campaign) {
    return new CampaignView(
        campaign.id(),
        campaign.description(),
        campaign.state(),
        campaign.version(),
        campaign.createdAt(),
        campaign.updatedAt());
  }
}
