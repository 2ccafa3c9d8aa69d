// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.essaim.node.testsupport.NodeProcess;
import org.essaim.node.testsupport.SharedNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The taxonomy is public, read-only, in French and English. */
class TaxonomyApiIT {

  static NodeProcess node;

  @BeforeAll
  static void useTheSharedNode() {
    node = SharedNode.territory();
  }

  @Test
  void listsEverySchemeWithItsSize() {
    HttpResponse<String> response = node.get("/api/taxonomy");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(
            json("{\"s\":" + response.body() + "}").getJsonArray("s").getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("key"))
        .contains("themes", "support-modes", "project-stages", "legal-forms", "impact-indicators");
  }

  @Test
  void themesCarryBothLanguagesAndTheirHierarchy() {
    HttpResponse<String> response = node.get("/api/taxonomy/themes");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject shortChains =
        json(response).getJsonArray("concepts").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("key").equals("food.short-supply-chains"))
            .findFirst()
            .orElseThrow();
    assertThat(shortChains.getString("labelFr")).isEqualTo("Circuits courts");
    assertThat(shortChains.getString("labelEn")).isEqualTo("Short supply chains");
    assertThat(shortChains.getString("broader")).isEqualTo("food");
  }

  @Test
  void unknownSchemeIsNotFound() {
    TerritoryApiIT.assertProblem(node.get("/api/taxonomy/astrology"), 404);
  }

  @Test
  void taxonomyIsReadOnly() {
    TerritoryApiIT.assertProblem(node.sendJsonAsAdmin("PUT", "/api/taxonomy/themes", "{}"), 405);
  }
}
