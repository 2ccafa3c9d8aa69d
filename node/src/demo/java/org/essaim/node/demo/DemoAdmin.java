// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * A demo node's administration through its REST API, as its administrator would do it: policy,
 * follows, registry, key figures. Any unexpected answer stops the launcher with the node's problem
 * document.
 */
final class DemoAdmin {

  private final String name;
  private final String baseUrl;
  private final String authorization;
  private final HttpClient http;

  DemoAdmin(String name, String baseUrl, String adminPassword, HttpClient http) {
    this.name = name;
    this.baseUrl = baseUrl;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    this.http = http;
  }

  /** Accepts follow requests at once and talks to every peer that is not blocked. */
  void openPolicy() {
    HttpResponse<String> current = send(get("/api/admin/federation/policy"), 200);
    String etag =
        current
            .headers()
            .firstValue("ETag")
            .orElseThrow(() -> new IllegalStateException(name + ": policy without ETag"));
    send(
        json(
                "PUT",
                "/api/admin/federation/policy",
                "{\"followApproval\":\"AUTOMATIC\",\"networkMode\":\"OPEN\",\"allowList\":[]}")
            .header("If-Match", etag)
            .build(),
        200);
  }

  void follow(String actor) {
    send(
        json("POST", "/api/admin/federation/following", "{\"target\":\"" + actor + "\"}").build(),
        202);
  }

  void register(String entry) {
    send(json("POST", "/api/admin/registry/territories", entry).build(), 201);
  }

  /** The state of our follow of {@code actor} ({@code ACCEPTED}, {@code PENDING}…) or NONE. */
  String followingState(String actor) {
    return items("/api/admin/federation/peers?size=100").stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> actor.equals(p.getString("actor", "")))
        .map(p -> p.getJsonObject("following").getString("state"))
        .findFirst()
        .orElse("NONE");
  }

  /** Publishes the territory's key figures now rather than at the first scheduled run. */
  void publishKeyFigures() {
    send(json("POST", "/api/admin/federation/key-figures/publish", "").build(), 200);
  }

  /** How many copies of the given kind this node holds from the node at {@code origin}. */
  long copiesFrom(String kind, String origin) {
    return items("/api/network/objects?size=100&kind=" + kind).stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("objectId", "").startsWith(origin + "/"))
        .count();
  }

  /** {@code /api/network/key-figures}, public. */
  JsonObject networkKeyFigures() {
    return json(send(HttpRequest.newBuilder(uri("/api/network/key-figures")).GET().build(), 200));
  }

  private List<JsonValue> items(String path) {
    return json(send(get(path), 200)).getJsonArray("items");
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", authorization)
        .GET()
        .build();
  }

  private HttpRequest.Builder json(String method, String path, String body) {
    return HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", authorization)
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body));
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private HttpResponse<String> send(HttpRequest request, int expected) {
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != expected) {
        throw new IllegalStateException(
            name
                + ": "
                + request.method()
                + " "
                + request.uri().getPath()
                + " answered "
                + response.statusCode()
                + " "
                + response.body());
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
