// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.demo;

import java.util.List;
import java.util.Set;
import org.essaim.node.interfaces.rest.campaign.CampaignDemoStep;
import org.essaim.node.interfaces.rest.campaign.CampaignProgressDemoStep;
import org.essaim.node.interfaces.rest.challenge.ChallengeDemoStep;
import org.essaim.node.interfaces.rest.challenge.SolutionIdeaDemoStep;
import org.essaim.node.interfaces.rest.collective.AccompanimentDemoStep;
import org.essaim.node.interfaces.rest.collective.CollectiveDemoStep;
import org.essaim.node.interfaces.rest.dream.DreamDemoStep;
import org.essaim.node.interfaces.rest.event.EventDemoStep;
import org.essaim.node.interfaces.rest.methodsheet.MethodSheetDemoStep;
import org.essaim.node.interfaces.rest.organization.OrganizationDemoStep;
import org.essaim.node.interfaces.rest.partner.PartnerDemoStep;
import org.essaim.node.interfaces.rest.project.ProjectDemoStep;
import org.essaim.node.interfaces.rest.solution.ReplicationDemoStep;
import org.essaim.node.interfaces.rest.solution.TransferableSolutionDemoStep;
import org.essaim.node.interfaces.rest.territory.TerritoryDemoStep;

/**
 * The registry of demo steps, in loading order (a step may refer to what earlier ones created). A
 * new slice adds its step here, and removes its section from {@link #PREPARED}.
 */
public final class DemoSteps {
  private DemoSteps() {}

  public static final List<Class<? extends DemoStep>> ALL =
      List.of(
          TerritoryDemoStep.class,
          OrganizationDemoStep.class,
          PartnerDemoStep.class,
          CampaignDemoStep.class,
          DreamDemoStep.class,
          ChallengeDemoStep.class,
          ProjectDemoStep.class,
          SolutionIdeaDemoStep.class,
          CampaignProgressDemoStep.class,
          EventDemoStep.class,
          MethodSheetDemoStep.class,
          TransferableSolutionDemoStep.class,
          ReplicationDemoStep.class,
          CollectiveDemoStep.class,
          AccompanimentDemoStep.class);

  /**
   * Sections the datasets already carry for slices without a step yet: skipped, with a log line and
   * "skipped: not supported yet" in the report. None today: every section has its step.
   */
  public static final Set<String> PREPARED = Set.of();

  /** Keys that describe the dataset itself and load nothing. */
  public static final Set<String> DESCRIPTIVE = Set.of("dataset", "label", "sources", "notes");

  public static final String SKIPPED = "skipped: not supported yet";
}
