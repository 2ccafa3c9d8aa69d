// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.solution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.TransferableSolutionService;
import org.essaim.node.domain.model.solution.SolutionStatus;
import org.essaim.node.domain.model.solution.TransferableSolutionDescription;
import org.essaim.node.interfaces.demo.DemoContext;
import org.essaim.node.interfaces.demo.DemoStep;
import org.essaim.node.interfaces.rest.Fields;
import org.essaim.node.interfaces.rest.InputValidation;

/**
 * Transferable solutions derived from the dataset's projects. References: {@code "project"} (the
 * source project's ref), {@code "contactOrganization"} (an organisation's ref); {@code transitions}
 * are status moves ({@code ["PUBLISHED"]}). Their {@code "replications"} are loaded by {@link
 * ReplicationDemoStep}.
 */
@ApplicationScoped
public class TransferableSolutionDemoStep implements DemoStep {

  @Inject TransferableSolutionService solutions;

  @Override
  public String section() {
    return "transferableSolutions";
  }

  @Override
  public int load(JsonValue section, DemoContext context) {
    int count = 0;
    for (DemoContext.Entry entry : DemoContext.entries(section(), section)) {
      List<SolutionStatus> transitions = entry.transitions(SolutionStatus.class);
      long projectId =
          DemoContext.at(
              entry.path(), () -> context.id("project", entry.string("project"), "project"));
      TransferableSolutionDescription description =
          DemoContext.at(
              entry.path(),
              () -> {
                Map<String, Object> resolved = new HashMap<>();
                resolved.put("projectId", projectId);
                if (entry.string("contactOrganization") != null) {
                  resolved.put(
                      "contactOrganizationId",
                      context.id(
                          "organization",
                          entry.string("contactOrganization"),
                          "contactOrganization"));
                }
                TransferableSolutionDocument document =
                    entry.document(
                        TransferableSolutionDocument.class,
                        List.of("project", "contactOrganization", "replications"),
                        resolved);
                List<FieldError> errors =
                    new ArrayList<>(InputValidation.violations(context.validator(), document));
                if (document.projectId() == null) {
                  Fields.reject(errors, "projectId", "must be the id of the source project");
                }
                return TransferableSolutionAssembler.toDescription(
                    document, errors, context.taxonomy());
              });
      long id =
          context.register(
              "transferableSolution",
              entry.ref(),
              entry.path() + ".ref",
              () ->
                  DemoContext.at(entry.path(), () -> solutions.create(projectId, description))
                      .id());
      for (SolutionStatus target : transitions) {
        context.perform(
            () ->
                DemoContext.at(
                    entry.path(), () -> solutions.moveTo(id, target, OptionalLong.empty())));
      }
      count++;
    }
    return count;
  }
}
