// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.essaim.node.application.CampaignService;
import org.essaim.node.domain.model.campaign.CampaignDescription;
import org.essaim.node.domain.model.campaign.CampaignState;
import org.essaim.node.interfaces.demo.DemoContext;
import org.essaim.node.interfaces.demo.DemoStep;
import org.essaim.node.interfaces.rest.InputValidation;

/**
 * Campaigns (editions), then their transitions up to {@code COLLECTING_DREAMS}, so that dreams can
 * be submitted; {@link CampaignProgressDemoStep} applies the later transitions once the défis
 * exist.
 */
@ApplicationScoped
public class CampaignDemoStep implements DemoStep {

  @Inject CampaignService campaigns;

  @Override
  public String section() {
    return "campaigns";
  }

  @Override
  public int load(JsonValue section, DemoContext context) {
    int count = 0;
    for (DemoContext.Entry entry : DemoContext.entries(section(), section)) {
      List<CampaignState> transitions = entry.transitions(CampaignState.class);
      CampaignDescription description =
          DemoContext.at(
              entry.path(),
              () -> {
                CampaignDocument document =
                    entry.document(CampaignDocument.class, List.of(), Map.of());
                return CampaignAssembler.toDescription(
                    document, InputValidation.violations(context.validator(), document));
              });
      long id =
          context.register(
              "campaign",
              entry.ref(),
              entry.path() + ".ref",
              () -> DemoContext.at(entry.path(), () -> campaigns.create(description)).id());
      for (CampaignState target : early(transitions)) {
        context.perform(
            () -> DemoContext.at(entry.path(), () -> campaigns.moveTo(id, target, none())));
      }
      count++;
    }
    return count;
  }

  /** The transitions applied before dreams arrive: up to and including COLLECTING_DREAMS. */
  static List<CampaignState> early(List<CampaignState> transitions) {
    int collecting = transitions.indexOf(CampaignState.COLLECTING_DREAMS);
    return collecting < 0 ? transitions : transitions.subList(0, collecting + 1);
  }

  static List<CampaignState> late(List<CampaignState> transitions) {
    int collecting = transitions.indexOf(CampaignState.COLLECTING_DREAMS);
    return collecting < 0 ? List.of() : transitions.subList(collecting + 1, transitions.size());
  }

  static OptionalLong none() {
    return OptionalLong.empty();
  }
}
