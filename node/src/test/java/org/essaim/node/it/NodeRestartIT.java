// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import java.net.http.HttpResponse;
import org.essaim.node.testsupport.NodeProcess;
import org.junit.jupiter.api.Test;

/** The embedded database keeps its data across a stop and a start of the node. */
class NodeRestartIT {

  @Test
  void profileSurvivesARestart() {
    String luxembourg =
        """
        {"name":"Luxembourg","localBrandName":"Boost Lokal Lëtzebuerg",
         "country":"LU","timeZone":"Europe/Luxembourg","labelStatus":"LABELLED",
         "perimeter":[{"level":"COUNTRY","code":"LU","label":"Luxembourg"},
                      {"level":"SUBDIVISION","code":"LU-CA","label":"Canton de Capellen"}]}
        """;
    try (NodeProcess node = NodeProcess.start("restart")) {
      HttpResponse<String> put = node.sendJsonAsAdmin("PUT", "/api/territory", luxembourg);
      assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

      node.restart();

      HttpResponse<String> get = node.get("/api/territory");
      assertThat(get.statusCode()).isEqualTo(200);
      assertThat(json(get).getString("name")).isEqualTo("Luxembourg");
      assertThat(json(get).getString("localBrandName")).isEqualTo("Boost Lokal Lëtzebuerg");
      assertThat(json(get).getJsonArray("perimeter").getJsonObject(1).getString("code"))
          .isEqualTo("LU-CA");
      // The administrator created at the first start still signs in: no second bootstrap.
      assertThat(node.getAsAdmin("/api/accounts").statusCode()).isEqualTo(200);
    }
  }
}
