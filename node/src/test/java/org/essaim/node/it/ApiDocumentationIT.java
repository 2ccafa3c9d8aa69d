// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.essaim.node.testsupport.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the node serves at {@code /openapi}: every operation is described, every
 * request body and every successful JSON answer has an example, every parameter is explained, and
 * every operation that writes says who may call it.
 */
class ApiDocumentationIT {

  private static final List<String> WRITES = List.of("post", "put", "patch", "delete");

  static NodeProcess node;

  @BeforeAll
  static void startNode() {
    // Aggregator mode: it serves every operation a territory node does, and the registry's.
    node =
        NodeProcess.start("api-documentation", java.util.Map.of("ESSAIM_NODE_MODE", "aggregator"));
  }

  @AfterAll
  static void stopNode() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void everyOperationIsDocumentedWithExamples() {
    HttpResponse<String> response = node.get("/openapi?format=JSON");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject document = json(response);
    JsonObject paths = document.getJsonObject("paths");
    assertThat(paths).isNotEmpty();
    List<String> defects = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
      for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
        if (operation.getValue().getValueType() != JsonValue.ValueType.OBJECT
            || operation.getKey().equals("parameters")) {
          continue;
        }
        String name = operation.getKey().toUpperCase() + " " + path.getKey();
        JsonObject op = operation.getValue().asJsonObject();
        if (op.getString("summary", "").isBlank()) {
          defects.add(name + ": no summary");
        }
        if (!op.containsKey("tags")) {
          defects.add(name + ": no tag");
        }
        for (JsonObject parameter :
            op.getJsonArray("parameters") == null
                ? List.<JsonObject>of()
                : op.getJsonArray("parameters").getValuesAs(JsonObject.class)) {
          if (parameter.getString("description", "").isBlank()
              && !parameter.containsKey("example")) {
            defects.add(name + ": parameter " + parameter.getString("name") + " unexplained");
          }
        }
        if (op.containsKey("requestBody") && !hasExample(op.getJsonObject("requestBody"))) {
          defects.add(name + ": request body without example");
        }
        JsonObject responses = op.getJsonObject("responses");
        boolean answered = false;
        for (Map.Entry<String, JsonValue> r : responses.entrySet()) {
          if (r.getKey().startsWith("2")) {
            answered = true;
            JsonObject answer = r.getValue().asJsonObject();
            if (answer.containsKey("content")
                && answer.getJsonObject("content").containsKey("application/json")
                && !hasExample(answer)
                && !hasSchema(answer)) {
              defects.add(name + ": " + r.getKey() + " answer without example or schema");
            }
          }
        }
        if (!answered) {
          defects.add(name + ": no successful answer documented");
        }
        if (WRITES.contains(operation.getKey())
            && !path.getKey().endsWith("/dreams")
            && !responses.containsKey("401")) {
          defects.add(name + ": a write that does not document 401");
        }
      }
    }
    assertThat(defects).isEmpty();
  }

  private static boolean hasExample(JsonObject withContent) {
    JsonObject content = withContent.getJsonObject("content");
    if (content == null) {
      return false;
    }
    for (JsonValue media : content.values()) {
      JsonObject m = media.asJsonObject();
      if (m.containsKey("example")
          || (m.containsKey("examples") && !m.getJsonObject("examples").isEmpty())) {
        return true;
      }
      JsonObject schema = m.getJsonObject("schema");
      if (schema != null && schema.containsKey("example")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSchema(JsonObject withContent) {
    JsonObject content = withContent.getJsonObject("content");
    for (JsonValue media : content.values()) {
      JsonObject schema = media.asJsonObject().getJsonObject("schema");
      if (schema != null && (schema.containsKey("$ref") || schema.containsKey("items"))) {
        return true;
      }
    }
    return false;
  }
}
