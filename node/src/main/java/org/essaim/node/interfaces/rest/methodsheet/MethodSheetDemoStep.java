// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.methodsheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.essaim.node.application.MethodSheetService;
import org.essaim.node.domain.model.methodsheet.MethodSheetState;
import org.essaim.node.interfaces.demo.DemoContext;
import org.essaim.node.interfaces.demo.DemoStep;
import org.essaim.node.interfaces.rest.InputValidation;

/**
 * Method sheets with their Markdown body (rendered and sanitised by the service, as for the API).
 * {@code transitions} are state moves, typically {@code ["IN_REVIEW", "PUBLISHED"]}. The versions
 * and moves are signed by {@link #AUTHOR}, an account name, not a person.
 */
@ApplicationScoped
public class MethodSheetDemoStep implements DemoStep {

  /** Who wrote the demo sheets, in their history. */
  public static final String AUTHOR = "demo-data";

  @Inject MethodSheetService sheets;

  @Override
  public String section() {
    return "methodSheets";
  }

  @Override
  public int load(JsonValue section, DemoContext context) {
    int count = 0;
    for (DemoContext.Entry entry : DemoContext.entries(section(), section)) {
      List<MethodSheetState> transitions = entry.transitions(MethodSheetState.class);
      MethodSheetAssembler.Input input =
          DemoContext.at(
              entry.path(),
              () -> {
                MethodSheetDocument document =
                    entry.document(MethodSheetDocument.class, List.of(), Map.of());
                return MethodSheetAssembler.toInput(
                    document,
                    InputValidation.violations(context.validator(), document),
                    context.taxonomy());
              });
      long id =
          context.register(
              "methodSheet",
              entry.ref(),
              entry.path() + ".ref",
              () ->
                  DemoContext.at(
                          entry.path(),
                          () ->
                              sheets.create(
                                  input.text(), input.description(), input.changeNote(), AUTHOR))
                      .id());
      for (MethodSheetState target : transitions) {
        context.perform(
            () ->
                DemoContext.at(
                    entry.path(), () -> sheets.moveTo(id, target, AUTHOR, OptionalLong.empty())));
      }
      count++;
    }
    return count;
  }
}
