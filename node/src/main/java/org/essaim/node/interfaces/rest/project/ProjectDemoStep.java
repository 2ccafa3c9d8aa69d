// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.ProjectService;
import org.essaim.node.domain.model.project.ProjectDescription;
import org.essaim.node.domain.model.project.ProjectStage;
import org.essaim.node.domain.model.project.ProjectStatus;
import org.essaim.node.interfaces.demo.DemoContext;
import org.essaim.node.interfaces.demo.DemoStep;
import org.essaim.node.interfaces.rest.InputValidation;

/**
 * Projects with their stage, themes, support modes, fundings, impacts, pépite flag and visibility.
 * References: {@code "carrier"} and {@code "partners"} (organisation refs), {@code
 * "originChallenge"} (a défi's ref); {@code transitions} are status moves (PAUSED…).
 */
@ApplicationScoped
public class ProjectDemoStep implements DemoStep {

  @Inject ProjectService projects;

  @Override
  public String section() {
    return "projects";
  }

  @Override
  public int load(JsonValue section, DemoContext context) {
    int count = 0;
    for (DemoContext.Entry entry : DemoContext.entries(section(), section)) {
      List<ProjectStatus> transitions = entry.transitions(ProjectStatus.class);
      ProjectDocument document =
          DemoContext.at(
              entry.path(),
              () -> {
                Map<String, Object> resolved = new HashMap<>();
                if (entry.string("carrier") != null) {
                  resolved.put(
                      "carrierOrganizationId",
                      context.id("organization", entry.string("carrier"), "carrier"));
                }
                List<Long> partners = new ArrayList<>();
                List<String> refs = entry.strings("partners");
                for (int i = 0; i < refs.size(); i++) {
                  partners.add(context.id("organization", refs.get(i), "partners[" + i + "]"));
                }
                resolved.put("partnerOrganizationIds", partners);
                if (entry.string("originChallenge") != null) {
                  resolved.put(
                      "originChallengeId",
                      context.id("challenge", entry.string("originChallenge"), "originChallenge"));
                }
                return entry.document(
                    ProjectDocument.class,
                    List.of("carrier", "partners", "originChallenge"),
                    resolved);
              });
      ProjectDescription description =
          DemoContext.at(
              entry.path(),
              () -> {
                List<FieldError> errors =
                    new ArrayList<>(InputValidation.violations(context.validator(), document));
                ProjectStage stage = ProjectAssembler.stage(document, errors, context.taxonomy());
                ProjectDescription d =
                    ProjectAssembler.collect(document, errors, context.taxonomy());
                if (d == null || stage == null || !errors.isEmpty()) {
                  throw ProjectAssembler.invalid(errors);
                }
                return d;
              });
      ProjectStage stage =
          ProjectStage.byKey(document.stage().strip()).orElseThrow(IllegalStateException::new);
      long id =
          context.register(
              "project",
              entry.ref(),
              entry.path() + ".ref",
              () -> DemoContext.at(entry.path(), () -> projects.create(description, stage)).id());
      for (ProjectStatus target : transitions) {
        context.perform(
            () ->
                DemoContext.at(
                    entry.path(), () -> projects.moveToStatus(id, target, OptionalLong.empty())));
      }
      count++;
    }
    return count;
  }
}
