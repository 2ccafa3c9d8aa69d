// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.essaim.node.application.ChallengeService;
import org.essaim.node.domain.model.challenge.ChallengeDescription;
import org.essaim.node.domain.model.challenge.ChallengeState;
import org.essaim.node.interfaces.demo.DemoContext;
import org.essaim.node.interfaces.demo.DemoStep;
import org.essaim.node.interfaces.rest.InputValidation;

/**
 * Défis: created in their campaign ({@code "campaign"} ref), grouping the dreams named in {@code
 * "dreams"} (refs), then moved through their {@code transitions}.
 */
@ApplicationScoped
public class ChallengeDemoStep implements DemoStep {

  @Inject ChallengeService challenges;

  @Override
  public String section() {
    return "challenges";
  }

  @Override
  public int load(JsonValue section, DemoContext context) {
    int count = 0;
    for (DemoContext.Entry entry : DemoContext.entries(section(), section)) {
      List<ChallengeState> transitions = entry.transitions(ChallengeState.class);
      ChallengeDocument document =
          DemoContext.at(
              entry.path(),
              () ->
                  entry.document(
                      ChallengeDocument.class,
                      List.of("campaign", "dreams"),
                      Map.of(
                          "campaignId",
                          context.id("campaign", entry.string("campaign"), "campaign"))));
      List<Long> dreams = new ArrayList<>();
      List<String> dreamRefs = entry.strings("dreams");
      for (int i = 0; i < dreamRefs.size(); i++) {
        String field = "dreams[" + i + "]";
        String ref = dreamRefs.get(i);
        dreams.add(DemoContext.at(entry.path(), () -> context.id("dream", ref, field)));
      }
      ChallengeDescription description =
          DemoContext.at(
              entry.path(),
              () ->
                  ChallengeAssembler.toDescription(
                      document,
                      InputValidation.violations(context.validator(), document),
                      context.taxonomy()));
      long id =
          context.register(
              "challenge",
              entry.ref(),
              entry.path() + ".ref",
              () ->
                  DemoContext.at(
                          entry.path(), () -> challenges.create(document.campaignId(), description))
                      .id());
      for (long dream : dreams) {
        context.perform(
            () ->
                DemoContext.at(
                    entry.path(), () -> challenges.group(id, dream, OptionalLong.empty())));
      }
      for (ChallengeState target : transitions) {
        context.perform(
            () ->
                DemoContext.at(
                    entry.path(),
                    () -> challenges.moveTo(id, target, Optional.empty(), OptionalLong.empty())));
      }
      count++;
    }
    return count;
  }
}
