// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.collective;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.essaim.node.application.AccompanimentService;
import org.essaim.node.domain.model.accompaniment.AccompanimentPlan;
import org.essaim.node.interfaces.demo.DemoContext;
import org.essaim.node.interfaces.demo.DemoStep;

/**
 * Accompaniments of the dataset's projects by support programmes (Premiers pas, incubation, CAE…)
 * with their milestones. References: {@code "project"} (a project's ref), {@code "provider"} (the
 * provider organisation's ref). The dataset's {@code notes} are provenance: the team's private
 * notes stay empty.
 */
@ApplicationScoped
public class AccompanimentDemoStep implements DemoStep {

  @Inject AccompanimentService accompaniments;

  @Override
  public String section() {
    return "accompaniments";
  }

  @Override
  public int load(JsonValue section, DemoContext context) {
    int count = 0;
    for (DemoContext.Entry entry : DemoContext.entries(section(), section)) {
      long projectId =
          DemoContext.at(
              entry.path(), () -> context.id("project", entry.string("project"), "project"));
      AccompanimentPlan plan =
          DemoContext.at(
              entry.path(),
              () -> {
                Map<String, Object> resolved = new HashMap<>();
                if (entry.string("provider") != null) {
                  resolved.put(
                      "providerOrganizationId",
                      context.id("organization", entry.string("provider"), "provider"));
                }
                AccompanimentDocument document =
                    entry.document(
                        AccompanimentDocument.class, List.of("project", "provider"), resolved);
                return AccompanimentResource.plan(document);
              });
      context.register(
          "accompaniment",
          entry.ref(),
          entry.path() + ".ref",
          () -> DemoContext.at(entry.path(), () -> accompaniments.create(projectId, plan)).id());
      count++;
    }
    return count;
  }
}
