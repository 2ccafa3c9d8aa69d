// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.demo;

import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Leaves the demo endpoint out of the OpenAPI document while {@code essaim.demo.enabled} is false:
 * it does not exist then, and the document should not promise it. Called by the node's one filter,
 * {@link org.essaim.node.interfaces.rest.ApiConventionsFilter}.
 */
public class DemoOpenApiFilter implements OASFilter {

  static final String PATH = "/admin/demo-data";

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    boolean enabled =
        ConfigProvider.getConfig()
            .getOptionalValue("essaim.demo.enabled", Boolean.class)
            .orElse(false);
    if (!enabled && openApi.getPaths() != null && openApi.getPaths().getPathItems() != null) {
      // With or without the /api prefix, depending on how the servers are declared.
      for (String path : List.copyOf(openApi.getPaths().getPathItems().keySet())) {
        if (path.endsWith(PATH)) {
          openApi.getPaths().removePathItem(path);
        }
      }
    }
  }
}
