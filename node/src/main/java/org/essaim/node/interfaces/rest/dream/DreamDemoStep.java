// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.dream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.essaim.node.application.DreamService;
import org.essaim.node.domain.model.dream.DreamState;
import org.essaim.node.domain.model.dream.DreamSubmission;
import org.essaim.node.interfaces.demo.DemoContext;
import org.essaim.node.interfaces.demo.DemoStep;
import org.essaim.node.interfaces.rest.InputValidation;

/**
 * Dreams, as the public form submits them (anonymous: the datasets carry no contact field), then
 * moderated through their {@code transitions}. {@code "campaign"} names a campaign's ref.
 */
@ApplicationScoped
public class DreamDemoStep implements DemoStep {

  @Inject DreamService dreams;

  @Override
  public String section() {
    return "dreams";
  }

  @Override
  public int load(JsonValue section, DemoContext context) {
    int count = 0;
    for (DemoContext.Entry entry : DemoContext.entries(section(), section)) {
      List<DreamState> transitions = entry.transitions(DreamState.class);
      long campaign =
          DemoContext.at(
              entry.path(), () -> context.id("campaign", entry.string("campaign"), "campaign"));
      DreamSubmission submission =
          DemoContext.at(
              entry.path(),
              () -> {
                DreamSubmissionDocument document =
                    entry.document(DreamSubmissionDocument.class, List.of("campaign"), Map.of());
                return DreamSubmissionAssembler.toSubmission(
                    document,
                    InputValidation.violations(context.validator(), document),
                    context.taxonomy());
              });
      long id =
          context.register(
              "dream",
              entry.ref(),
              entry.path() + ".ref",
              () -> DemoContext.at(entry.path(), () -> dreams.submit(campaign, submission)));
      for (DreamState target : transitions) {
        context.perform(
            () ->
                DemoContext.at(
                    entry.path(),
                    () -> dreams.moveTo(id, target, Optional.empty(), OptionalLong.empty())));
      }
      count++;
    }
    return count;
  }
}
