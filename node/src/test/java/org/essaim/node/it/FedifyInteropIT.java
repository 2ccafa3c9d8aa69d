// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.essaim.node.testsupport.Eventually;
import org.essaim.node.testsupport.FederationAdmin;
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
  static FederationAdmin admin;

  @BeforeAll
  static void start() {
    node = NodeProcess.start("fedify", Map.of("ESSAIM_TERRITORY_NAME", "Pays de Grasse"));
    actor = node.uri("/actors/territory").toString();
    admin = new FederationAdmin(node);
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

  @Test
  @Order(2)
  void fedifyFollowsTheTerritoryAndVerifiesItsSignedAccept() {
    admin.policy("AUTOMATIC", "OPEN");
    fedify.command("follow " + actor);
    JsonObject sent = fedify.await("follow-sent", e -> true, WAIT);

    // Fedify calls its Accept listener only after verifying the node's HTTP signature.
    JsonObject accept = fedify.await("accept-received", e -> true, WAIT);
    assertThat(accept.getString("actor")).isEqualTo(actor);
    assertThat(accept.getString("object")).isEqualTo(sent.getString("id"));
    assertThat(admin.followState(fedify.actor(), "follower")).isEqualTo("ACCEPTED");
  }

  @Test
  @Order(3)
  void fedifyReceivesAndVerifiesTheSignedCreateOfAPublicProject() {
    HttpResponse<String> created =
        node.sendJsonAsAdmin(
            "POST",
            "/api/projects",
            "{\"title\":\"Jardins partagés du pays grassois\",\"summary\":\"Des jardins"
                + " ouverts à tous.\",\"stage\":\"idea\",\"origin\":\"ACCELERATED_EXISTING\","
                + "\"themes\":[\"food\"],\"visibility\":\"PUBLIC\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String object =
        node.uri("/objects/projects/" + json(created).getJsonNumber("id").longValue()).toString();

    JsonObject create =
        fedify.await("create-received", e -> object.equals(e.getString("objectId", "")), WAIT);
    assertThat(create.getString("actor")).isEqualTo(actor);
    // The ActivityStreams fallback type lets a generic server read an Essaim project.
    assertThat(create.isNull("objectError")).as(create.toString()).isTrue();
    assertThat(create.getString("objectType")).isEqualTo("Article");
    assertThat(create.getString("name")).isEqualTo("Jardins partagés du pays grassois");
  }

  @Test
  @Order(4)
  void theTerritoryFollowsFedifyAndAcceptsItsSignedAnswer() {
    admin.follow(fedify.actor());

    fedify.await("follow-received", e -> actor.equals(e.getString("actor", "")), WAIT);
    fedify.await("accept-sent", e -> true, WAIT);
    Eventually.until(
        "the node processing Fedify's Accept",
        WAIT,
        () -> admin.followState(fedify.actor(), "following").equals("ACCEPTED"));
  }

  @Test
  @Order(5)
  void aSignedCreateFromFedifyPassesTheInboxChecks() {
    fedify.command("note " + actor);
    JsonObject sent = fedify.await("note-sent", e -> true, WAIT);

    JsonObject entry =
        Eventually.await(
            "the node's journal entry for Fedify's Create",
            WAIT,
            () ->
                admin.journal("activity=" + FederationAdmin.encode(sent.getString("id"))).stream()
                    .filter(e -> !e.getString("outcome").equals("QUEUED"))
                    .findFirst());
    assertThat(entry.getString("actor")).isEqualTo(fedify.actor());
    assertThat(entry.getString("activityType")).isEqualTo("Create");
    assertThat(entry.getString("outcome")).as(entry.toString()).isIn("PROCESSED", "IGNORED");
    assertThat(fedify.events()).noneMatch(e -> e.getString("event").equals("error"));
  }
}
