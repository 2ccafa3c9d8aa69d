// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.basic;
import static org.essaim.node.testsupport.HttpCalls.json;
import static org.essaim.node.testsupport.HttpCalls.request;
import static org.essaim.node.testsupport.HttpCalls.send;

import java.net.http.HttpRequest.BodyPublishers;
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
      HttpResponse<String> put =
          send(
              node.http(),
              request(node.uri("/api/territory"))
                  .header("Authorization", basic("admin", NodeProcess.ADMIN_PASSWORD))
                  .header("Content-Type", "application/json")
                  .PUT(BodyPublishers.ofString(luxembourg))
                  .build());
      assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

      node.restart();

      HttpResponse<String> get = send(node.http(), request(node.uri("/api/territory")).build());
      assertThat(get.statusCode()).isEqualTo(200);
      assertThat(json(get).getString("name")).isEqualTo("Luxembourg");
      assertThat(json(get).getString("localBrandName")).isEqualTo("Boost Lokal Lëtzebuerg");
      assertThat(json(get).getJsonArray("perimeter").getJsonObject(1).getString("code"))
          .isEqualTo("LU-CA");
      // The administrator created at the first start still signs in: no second bootstrap.
      HttpResponse<String> accounts =
          send(
              node.http(),
              request(node.uri("/api/accounts"))
                  .header("Authorization", basic("admin", NodeProcess.ADMIN_PASSWORD))
                  .build());
      assertThat(accounts.statusCode()).isEqualTo(200);
    }
  }
}
