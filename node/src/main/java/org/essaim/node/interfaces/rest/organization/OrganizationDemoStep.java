// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.essaim.node.application.OrganizationService;
import org.essaim.node.domain.model.organization.OrganizationProfile;
import org.essaim.node.interfaces.demo.DemoContext;
import org.essaim.node.interfaces.demo.DemoStep;
import org.essaim.node.interfaces.rest.InputValidation;

/**
 * Organisations of the directory (carriers, providers, funders), as {@code POST} would add them.
 */
@ApplicationScoped
public class OrganizationDemoStep implements DemoStep {

  @Inject OrganizationService organizations;

  @Override
  public String section() {
    return "organizations";
  }

  @Override
  public int load(JsonValue section, DemoContext context) {
    int count = 0;
    for (DemoContext.Entry entry : DemoContext.entries(section(), section)) {
      OrganizationProfile profile =
          DemoContext.at(
              entry.path(),
              () -> {
                OrganizationDocument document =
                    entry.document(OrganizationDocument.class, List.of(), Map.of());
                return OrganizationAssembler.toProfile(
                    document,
                    InputValidation.violations(context.validator(), document),
                    context.taxonomy());
              });
      context.register(
          "organization",
          entry.ref(),
          entry.path() + ".ref",
          () -> DemoContext.at(entry.path(), () -> organizations.create(profile)).id());
      count++;
    }
    return count;
  }
}
