// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A node's federation administration, through its admin API only (what an administrator does):
 * policy, follows, blocks, and the views that show what happened (peers, copies, journal,
 * deliveries).
 */
public final class FederationAdmin {

  private final NodeProcess node;

  public FederationAdmin(NodeProcess node) {
    this.node = node;
  }

  /** The territory actor's address. */
  public String actor() {
    return node.uri("/actors/territory").toString();
  }

  /** {@code host:port} of the node, as peers, blocks and deliveries name it. */
  public String host() {
    return node.uri("").getRawAuthority();
  }

  /** Sets the approval and network mode, and the allow-list (hosts), with If-Match. */
  public void policy(String followApproval, String networkMode, String... allowedHosts) {
    HttpResponse<String> current = node.getAsAdmin("/api/admin/federation/policy");
    assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
    StringBuilder allow = new StringBuilder();
    for (String host : allowedHosts) {
      allow
          .append(allow.length() == 0 ? "" : ",")
          .append("{\"host\":\"")
          .append(host)
          .append("\"}");
    }
    HttpResponse<String> updated =
        HttpCalls.send(
            node.http(),
            node.jsonRequest(
                    "PUT",
                    "/api/admin/federation/policy",
                    "{\"followApproval\":\"%s\",\"networkMode\":\"%s\",\"allowList\":[%s]}"
                        .formatted(followApproval, networkMode, allow),
                    "admin",
                    NodeProcess.ADMIN_PASSWORD)
                .header("If-Match", current.headers().firstValue("ETag").orElseThrow())
                .build());
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
  }

  /** Asks to follow an actor (or a handle); 202. */
  public void follow(String target) {
    HttpResponse<String> response =
        node.sendJsonAsAdmin(
            "POST", "/api/admin/federation/following", "{\"target\":\"" + target + "\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
  }

  /** Blocks a whole host ({@code host:port}). */
  public void blockHost(String host, String reason) {
    HttpResponse<String> response =
        node.sendJsonAsAdmin(
            "POST",
            "/api/admin/federation/blocks",
            "{\"host\":\"%s\",\"reason\":\"%s\"}".formatted(host, reason));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  /** The peer row of a remote actor, if the node knows it. */
  public Optional<JsonObject> peer(String actor) {
    return items("/api/admin/federation/peers?size=100").stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> actor.equals(p.getString("actor")))
        .findFirst();
  }

  /** Their follow's state ({@code follower}) or ours ({@code following}); NONE when unknown. */
  public String followState(String actor, String direction) {
    return peer(actor).map(p -> p.getJsonObject(direction).getString("state")).orElse("NONE");
  }

  /** The copies this node holds of peers' objects, as its administrator sees them. */
  public List<JsonObject> copies(String kind) {
    return items("/api/network/objects?size=100&kind=" + kind).stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  /** The copy of one remote object, if any. */
  public Optional<JsonObject> copy(String kind, String objectId) {
    return copies(kind).stream().filter(c -> objectId.equals(c.getString("objectId"))).findFirst();
  }

  /** Inbound journal entries, filtered by a query string ({@code outcome=REJECTED&host=…}). */
  public List<JsonObject> journal(String query) {
    return items("/api/admin/federation/inbound?size=100&" + query).stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  /** Deliveries, filtered by a query string ({@code state=pending&host=…}). */
  public List<JsonObject> deliveries(String query) {
    return items("/api/admin/federation/deliveries?size=100&" + query).stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private JsonArray items(String path) {
    HttpResponse<String> response = node.getAsAdmin(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return HttpCalls.json(response).getJsonArray("items");
  }
}
