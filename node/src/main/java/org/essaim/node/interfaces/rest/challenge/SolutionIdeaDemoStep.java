// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.essaim.node.application.SolutionIdeaService;
import org.essaim.node.domain.model.challenge.SolutionIdeaState;
import org.essaim.node.interfaces.demo.DemoContext;
import org.essaim.node.interfaces.demo.DemoStep;
import org.essaim.node.interfaces.rest.InputValidation;

/**
 * Solution ideas of a défi ({@code "challenge"} ref), moved through their {@code transitions}; one
 * that reaches BECAME_PROJECT names the project's ref in {@code "project"}. Runs after projects.
 */
@ApplicationScoped
public class SolutionIdeaDemoStep implements DemoStep {

  @Inject SolutionIdeaService ideas;

  @Override
  public String section() {
    return "solutionIdeas";
  }

  @Override
  public int load(JsonValue section, DemoContext context) {
    int count = 0;
    for (DemoContext.Entry entry : DemoContext.entries(section(), section)) {
      List<SolutionIdeaState> transitions = entry.transitions(SolutionIdeaState.class);
      long challenge =
          DemoContext.at(
              entry.path(), () -> context.id("challenge", entry.string("challenge"), "challenge"));
      Long project =
          entry.string("project") == null
              ? null
              : DemoContext.at(
                  entry.path(), () -> context.id("project", entry.string("project"), "project"));
      SolutionIdeaDocument document =
          DemoContext.at(
              entry.path(),
              () -> {
                SolutionIdeaDocument d =
                    entry.document(
                        SolutionIdeaDocument.class, List.of("challenge", "project"), Map.of());
                return InputValidation.requireValid(context.validator(), d);
              });
      long id =
          context.register(
              "solutionIdea",
              entry.ref(),
              entry.path() + ".ref",
              () ->
                  DemoContext.at(
                          entry.path(),
                          () -> ideas.create(challenge, document.title(), document.description()))
                      .id());
      for (SolutionIdeaState target : transitions) {
        Long becameProject = target == SolutionIdeaState.BECAME_PROJECT ? project : null;
        context.perform(
            () ->
                DemoContext.at(
                    entry.path(),
                    () ->
                        ideas.moveTo(challenge, id, target, becameProject, OptionalLong.empty())));
      }
      count++;
    }
    return count;
  }
}
