// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.solution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.essaim.node.application.ReplicationService;
import org.essaim.node.domain.model.solution.ReplicationDescription;
import org.essaim.node.interfaces.demo.DemoContext;
import org.essaim.node.interfaces.demo.DemoStep;

/**
 * The replications of each transferable solution ({@code "replications"} inside its entry), after
 * the solutions are published. A replication's {@code transitions} are objects, as the API's
 * transition document: {@code [{"to": "IN_PROGRESS", "on": "2025-03-01"}]}.
 */
@ApplicationScoped
public class ReplicationDemoStep implements DemoStep {

  @Inject ReplicationService replications;

  @Override
  public String section() {
    return "transferableSolutions";
  }

  @Override
  public String label() {
    return "replications";
  }

  @Override
  public int load(JsonValue section, DemoContext context) {
    int count = 0;
    for (DemoContext.Entry solution : DemoContext.entries(section(), section)) {
      List<DemoContext.Entry> entries = solution.objects("replications");
      if (entries.isEmpty()) {
        continue;
      }
      long solutionId =
          context.id("transferableSolution", solution.ref(), solution.path() + ".ref");
      for (DemoContext.Entry entry : entries) {
        ReplicationDescription description =
            DemoContext.at(
                entry.path(),
                () ->
                    ReplicationResource.description(
                        context.validator(),
                        entry.document(ReplicationDocument.class, List.of(), Map.of())));
        List<ReplicationResource.Move> moves = new ArrayList<>();
        for (DemoContext.Entry move : entry.objects("transitions")) {
          moves.add(
              DemoContext.at(
                  move.path(),
                  () ->
                      ReplicationResource.move(
                          context.validator(),
                          move.document(TransitionDocument.class, List.of(), Map.of()))));
        }
        long id =
            context.register(
                "replication",
                entry.ref(),
                entry.path() + ".ref",
                () ->
                    DemoContext.at(entry.path(), () -> replications.create(solutionId, description))
                        .id());
        for (ReplicationResource.Move move : moves) {
          context.perform(
              () ->
                  DemoContext.at(
                      entry.path(),
                      () ->
                          replications.moveTo(
                              solutionId, id, move.target(), move.on(), OptionalLong.empty())));
        }
        count++;
      }
    }
    return count;
  }
}
