// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import org.essaim.node.testsupport.FedifyPeer;
import org.essaim.node.testsupport.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Interoperability with a real third-party ActivityPub implementation: a Fedify 2.3.6 server
 * (installed from npm by the test itself) on loopback looks the node up, follows it, receives its
 * signed activities and verifies them with Fedify's own code, and sends signed activities back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FedifyInteropIT {

  static final Duration WAIT = Duration.ofSeconds(60);

  static NodeProcess node;
  static FedifyPeer fedify;
  static String actor;

  @BeforeAll
  static void start() {
    node = NodeProcess.start("fedify", Map.of("ESSAIM_TERRITORY_NAME", "Pays de Grasse"));
    actor = node.uri("/actors/territory").toString();
    fedify = FedifyPeer.start();
  }

  @AfterAll
  static void stop() {
    try {
      if (fedify != null) {
        fedify.close();
      }
    } finally {
      if (node != null) {
        node.close();
      }
    }
  }

  @Test
  @Order(1)
  void fedifyLooksTheTerritoryUpThroughWebFinger() {
    fedify.command("lookup " + actor);

    JsonObject lookup = fedify.await("lookup", e -> true, WAIT);
    assertThat(lookup.getString("subject"))
        .isEqualTo("acct:pays-de-grasse@" + node.uri("").getAuthority());
    assertThat(lookup.getString("id")).isEqualTo(actor);
    assertThat(lookup.getString("type")).isEqualTo("Organization");
    assertThat(lookup.getString("preferredUsername")).isEqualTo("pays-de-grasse");
    assertThat(lookup.getString("inbox")).isEqualTo(actor + "/inbox");
    assertThat(lookup.getString("sharedInbox")).isEqualTo(node.uri("/inbox").toString());
  }
}
