// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest;

import java.util.Locale;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.essaim.node.interfaces.rest.demo.DemoOpenApiFilter;
import org.essaim.node.interfaces.rest.registry.AggregatorOpenApiFilter;

/**
 * The node's one OpenAPI filter ({@code mp.openapi.filter} takes a single class). Documents, once
 * for the whole API, the parameters every resource shares by convention: record identifiers in
 * paths ({@code id}, {@code campaignId}…) and the {@code If-Match} header of optimistic
 * concurrency; a resource that documents one itself keeps its own words. Also leaves out of the
 * document what does not exist on this node ({@link DemoOpenApiFilter}, {@link
 * AggregatorOpenApiFilter}).
 */
public class ApiConventionsFilter implements OASFilter {

  private final DemoOpenApiFilter demo = new DemoOpenApiFilter();
  private final AggregatorOpenApiFilter aggregator = new AggregatorOpenApiFilter();

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    demo.filterOpenAPI(openApi);
    aggregator.filterOpenAPI(openApi);
  }

  @Override
  public Parameter filterParameter(Parameter parameter) {
    if (parameter.getDescription() != null && !parameter.getDescription().isBlank()) {
      return parameter;
    }
    String name = parameter.getName();
    if (parameter.getIn() == Parameter.In.PATH && name != null) {
      if (name.equals("id")) {
        parameter.setDescription("Identifier of the record, as given when it was created");
      } else if (name.endsWith("Id")) {
        parameter.setDescription(
            "Identifier of the " + words(name.substring(0, name.length() - 2)));
      }
    } else if (parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(name)) {
      parameter.setDescription(
          "The version edited, as the ETag a read returned; the change is refused (412) when"
              + " another one came first. Without it the last write wins.");
    }
    return parameter;
  }

  /** {@code solutionIdea} → {@code solution idea}. */
  private static String words(String camelCase) {
    return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
