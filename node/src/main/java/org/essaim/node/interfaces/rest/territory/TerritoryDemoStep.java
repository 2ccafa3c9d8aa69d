// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.territory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.essaim.node.application.TerritoryProfileService;
import org.essaim.node.domain.model.territory.TerritoryProfile;
import org.essaim.node.interfaces.demo.DemoContext;
import org.essaim.node.interfaces.demo.DemoStep;
import org.essaim.node.interfaces.rest.InputValidation;

/** The territory profile, as {@code PUT /api/territory} would write it. */
@ApplicationScoped
public class TerritoryDemoStep implements DemoStep {

  @Inject TerritoryProfileService territory;

  @Override
  public String section() {
    return "territory";
  }

  @Override
  public int load(JsonValue section, DemoContext context) {
    DemoContext.Entry entry =
        DemoContext.entries(
                "territory", jakarta.json.Json.createArrayBuilder().add(section).build())
            .get(0);
    TerritoryProfile profile =
        DemoContext.at(
            "territory",
            () -> {
              TerritoryProfileDocument document =
                  entry.document(TerritoryProfileDocument.class, List.of(), Map.of());
              return TerritoryProfileAssembler.toProfile(
                  document, InputValidation.violations(context.validator(), document));
            });
    context.perform(
        () -> DemoContext.at("territory", () -> territory.describe(profile, OptionalLong.empty())));
    return 1;
  }
}
