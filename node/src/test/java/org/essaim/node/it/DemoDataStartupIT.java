// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.essaim.node.testsupport.HttpCalls;
import org.essaim.node.testsupport.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A demo-network node: {@code essaim.demo.territory=miramas} fills it at start-up, once, while the
 * endpoint stays absent ({@code essaim.demo.enabled} left false).
 */
class DemoDataStartupIT {

  static NodeProcess node;

  @BeforeAll
  static void startNode() {
    node = NodeProcess.start("demo-data-startup", Map.of("ESSAIM_DEMO_TERRITORY", "miramas"));
  }

  @AfterAll
  static void stopNode() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void theEndpointDoesNotExistWhileDisabled() {
    HttpResponse<String> admin =
        node.sendJsonAsAdmin("POST", "/api/admin/demo-data", "{\"territory\":\"grenoble\"}");
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(404);
    assertThat(admin.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(admin).getInt("status")).isEqualTo(404);

    HttpResponse<String> anonymous =
        HttpCalls.send(
            node.http(),
            HttpCalls.request(node.uri("/api/admin/demo-data"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"territory\":\"grenoble\"}"))
                .build());
    assertThat(anonymous.statusCode()).isEqualTo(404);

    // Nor does the OpenAPI document promise it.
    String openApi = node.get("/openapi").body();
    assertThat(openApi).contains("/api/projects").doesNotContain("admin/demo-data");
  }

  @Test
  void theConfiguredTerritoryIsLoadedAtStartUpAndOnlyOnce() {
    assertMiramas();
    node.restart();
    assertMiramas();
  }

  private static void assertMiramas() {
    assertThat(json(node.get("/api/territory")).getString("name")).isEqualTo("Miramas");
    HttpResponse<String> campaigns = node.getAsAdmin("/api/campaigns");
    assertThat(json(campaigns).getJsonNumber("totalItems").longValue()).isEqualTo(1);
    assertThat(json(campaigns).getJsonArray("items").getJsonObject(0).getString("localBrandName"))
        .isEqualTo("Des Idées au Taquet");
    assertThat(json(node.getAsAdmin("/api/projects")).getJsonNumber("totalItems").longValue())
        .isEqualTo(3);
  }
}
