// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import org.essaim.node.application.CampaignService;
import org.essaim.node.domain.model.campaign.CampaignState;
import org.essaim.node.interfaces.demo.DemoContext;
import org.essaim.node.interfaces.demo.DemoStep;

/** The campaigns' transitions after COLLECTING_DREAMS, once dreams and défis are in. */
@ApplicationScoped
public class CampaignProgressDemoStep implements DemoStep {

  @Inject CampaignService campaigns;

  @Override
  public String section() {
    return "campaigns";
  }

  @Override
  public String label() {
    return "campaignTransitions";
  }

  @Override
  public int load(JsonValue section, DemoContext context) {
    int count = 0;
    for (DemoContext.Entry entry : DemoContext.entries(section(), section)) {
      long id = context.id("campaign", entry.ref(), entry.path() + ".ref");
      for (CampaignState target : CampaignDemoStep.late(entry.transitions(CampaignState.class))) {
        context.perform(
            () ->
                DemoContext.at(
                    entry.path(), () -> campaigns.moveTo(id, target, CampaignDemoStep.none())));
        count++;
      }
    }
    return count;
  }
}
