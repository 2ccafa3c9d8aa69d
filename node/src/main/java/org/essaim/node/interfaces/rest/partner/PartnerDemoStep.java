// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.essaim.node.application.PartnerService;
import org.essaim.node.domain.model.partner.PartnerTerms;
import org.essaim.node.interfaces.demo.DemoContext;
import org.essaim.node.interfaces.demo.DemoStep;
import org.essaim.node.interfaces.rest.InputValidation;

/**
 * Partners and the circle of trusted partners; {@code "organization"} names an organisation's ref.
 */
@ApplicationScoped
public class PartnerDemoStep implements DemoStep {

  @Inject PartnerService partners;

  @Override
  public String section() {
    return "partners";
  }

  @Override
  public int load(JsonValue section, DemoContext context) {
    int count = 0;
    for (DemoContext.Entry entry : DemoContext.entries(section(), section)) {
      PartnerTerms terms =
          DemoContext.at(
              entry.path(),
              () -> {
                long organization =
                    context.id("organization", entry.string("organization"), "organization");
                PartnerDocument document =
                    entry.document(
                        PartnerDocument.class,
                        List.of("organization"),
                        Map.of("organizationId", organization));
                return PartnerAssembler.toTerms(
                    document, InputValidation.violations(context.validator(), document));
              });
      context.register(
          "partner",
          entry.ref(),
          entry.path() + ".ref",
          () -> DemoContext.at(entry.path(), () -> partners.create(terms)).id());
      count++;
    }
    return count;
  }
}
