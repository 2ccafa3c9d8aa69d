// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.registry;

import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.essaim.node.application.NodeMode;

/**
 * Leaves the aggregator's endpoints out of the OpenAPI document of a territory node, where they do
 * not exist. Called by the node's one filter, {@link
 * org.essaim.node.interfaces.rest.ApiConventionsFilter}.
 */
public class AggregatorOpenApiFilter implements OASFilter {

  /** Path prefixes (after the /api prefix, if any) of the aggregator's endpoints. */
  static final List<String> PATHS =
      List.of("/admin/registry/", "/network/territories", "/open-data");

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    NodeMode mode =
        NodeMode.parse(
            ConfigProvider.getConfig()
                .getOptionalValue("essaim.node.mode", String.class)
                .orElse("territory"));
    if (mode != NodeMode.AGGREGATOR
        && openApi.getPaths() != null
        && openApi.getPaths().getPathItems() != null) {
      for (String path : List.copyOf(openApi.getPaths().getPathItems().keySet())) {
        if (aggregatorOnly(path)) {
          openApi.getPaths().removePathItem(path);
        }
      }
    }
  }

  static boolean aggregatorOnly(String path) {
    String p = path.startsWith("/api/") ? path.substring(4) : path;
    return PATHS.stream().anyMatch(prefix -> p.startsWith(prefix) || (p + "/").equals(prefix));
  }
}
