// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;
import static org.essaim.node.testsupport.HttpCalls.request;
import static org.essaim.node.testsupport.HttpCalls.send;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import org.essaim.node.testsupport.NodeProcess;
import org.essaim.node.testsupport.SharedNode;
import org.essaim.node.testsupport.TextSearchCapabilities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The territory API, health, OpenAPI and error answers of a real node on embedded PostgreSQL. */
class TerritoryApiIT {

  static final String MEURTHE_ET_MOSELLE =
      """
      {"name":"Meurthe-et-Moselle",
       "localBrandName":"Start-Up de Territoire Meurthe-et-Moselle",
       "country":"FR","timeZone":"Europe/Paris","labelStatus":"LABELLED",
       "perimeter":[{"level":"DEPARTEMENT","code":"54","label":"Meurthe-et-Moselle"},
                    {"level":"COMMUNE","code":"54395","label":"Nancy"}],
       "carrierOrganizations":[{"name":"Département de Meurthe-et-Moselle",
                                "website":"https://meurthe-et-moselle.fr"}],
       "publicContact":"contact@example.org",
       "website":"https://meurthe-et-moselle.fr/start-up-de-territoire"}
      """;

  private static final String EDITOR_USER = "animation";
  private static final String EDITOR_PASSWORD = "editor-member-secret";

  static NodeProcess node;

  @BeforeAll
  static void useTheSharedNode() {
    node = SharedNode.territory();
    HttpResponse<String> created =
        node.sendJsonAsAdmin(
            "POST",
            "/api/accounts",
            "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"editor\"]}"
                .formatted(EDITOR_USER, EDITOR_PASSWORD));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  @Test
  void adminReplacesTheProfileAndEveryoneReadsIt() {
    HttpResponse<String> put = putProfile(MEURTHE_ET_MOSELLE, "admin", NodeProcess.ADMIN_PASSWORD);
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

    HttpResponse<String> get = get("/api/territory");
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.headers().firstValue("ETag")).isPresent();
    JsonObject profile = json(get);
    assertThat(profile.getString("name")).isEqualTo("Meurthe-et-Moselle");
    assertThat(profile.getString("labelStatus")).isEqualTo("LABELLED");
    assertThat(profile.getJsonArray("perimeter")).hasSize(2);
    assertThat(profile.getJsonArray("perimeter").getJsonObject(1).getString("label"))
        .isEqualTo("Nancy");
    assertThat(profile.getJsonArray("carrierOrganizations").getJsonObject(0).getString("name"))
        .isEqualTo("Département de Meurthe-et-Moselle");
  }

  @Test
  void staleIfMatchIsRefusedAndChangesNothing() {
    putProfile(MEURTHE_ET_MOSELLE, "admin", NodeProcess.ADMIN_PASSWORD);
    String etag = get("/api/territory").headers().firstValue("ETag").orElseThrow();
    String renamed =
        MEURTHE_ET_MOSELLE.replace("\"name\":\"Meurthe-et-Moselle\"", "\"name\":\"MM\"");

    HttpResponse<String> fresh =
        send(
            node.http(),
            putRequest(renamed, "admin", NodeProcess.ADMIN_PASSWORD)
                .header("If-Match", etag)
                .build());
    assertThat(fresh.statusCode()).isEqualTo(200);
    HttpResponse<String> stale =
        send(
            node.http(),
            putRequest(MEURTHE_ET_MOSELLE, "admin", NodeProcess.ADMIN_PASSWORD)
                .header("If-Match", etag)
                .build());

    assertProblem(stale, 412);
    assertThat(json(get("/api/territory")).getString("name")).isEqualTo("MM");
  }

  @Test
  void writingWithoutCredentialsAsksToSignIn() {
    HttpResponse<String> response =
        send(
            node.http(),
            request(node.uri("/api/territory"))
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(MEURTHE_ET_MOSELLE))
                .build());
    assertProblem(response, 401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void wrongPasswordIsUnauthorized() {
    assertProblem(putProfile(MEURTHE_ET_MOSELLE, "admin", "not-the-password"), 401);
    assertProblem(putProfile(MEURTHE_ET_MOSELLE, "nobody", "not-the-password"), 401);
  }

  @Test
  void editorWithoutAdminRoleIsForbidden() {
    assertProblem(putProfile(MEURTHE_ET_MOSELLE, EDITOR_USER, EDITOR_PASSWORD), 403);
  }

  @Test
  void invalidProfileGetsFieldErrorsAndWritesNothing() {
    String before = get("/api/territory").body();
    String invalid =
        """
        {"name":"","country":"XX","timeZone":"Mars/Olympus","labelStatus":"FAMOUS",
         "perimeter":[{"level":"DEPARTEMENT","code":"999","label":"Nowhere"}],
         "publicContact":"not-an-email","website":"ftp://example.org"}
        """;
    HttpResponse<String> response = putProfile(invalid, "admin", NodeProcess.ADMIN_PASSWORD);

    JsonObject problem = assertProblem(response, 400);
    assertThat(problem.getString("type")).isEqualTo("urn:essaim:problem:invalid-input");
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains(
            "name",
            "country",
            "timeZone",
            "labelStatus",
            "publicContact",
            "website",
            "perimeter[0].code");
    assertThat(get("/api/territory").body()).isEqualTo(before);
  }

  @Test
  void malformedJsonIsABadRequest() {
    JsonObject problem =
        assertProblem(putProfile("{\"name\": ", "admin", NodeProcess.ADMIN_PASSWORD), 400);
    assertThat(problem.getString("type")).isEqualTo("urn:essaim:problem:malformed-json");
    assertProblem(
        putProfile("{\"perimeter\": \"not a list\"}", "admin", NodeProcess.ADMIN_PASSWORD), 400);
  }

  @Test
  void wrongMediaTypeIsUnsupported() {
    HttpResponse<String> response =
        send(
            node.http(),
            node.jsonRequest(
                    "PUT",
                    "/api/territory",
                    "Meurthe-et-Moselle",
                    "admin",
                    NodeProcess.ADMIN_PASSWORD)
                .setHeader("Content-Type", "text/plain")
                .build());
    assertProblem(response, 415);
  }

  @Test
  void oversizedBodyIsRefusedUnread() {
    String huge = "{\"name\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
    assertProblem(putProfile(huge, "admin", NodeProcess.ADMIN_PASSWORD), 413);
  }

  @Test
  void unknownRoutesAreProblemDocuments() {
    assertProblem(get("/api/no-such-resource"), 404);
    assertProblem(get("/no-such-page"), 404);
    HttpResponse<String> delete =
        send(node.http(), request(node.uri("/api/territory")).DELETE().build());
    assertProblem(delete, 405);
  }

  @Test
  void healthReportsTheDatabase() {
    HttpResponse<String> ready = get("/health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    JsonObject database = json(ready).getJsonArray("checks").getJsonObject(0);
    assertThat(database.getString("name")).isEqualTo("database");
    assertThat(database.getString("status")).isEqualTo("UP");
    assertThat(database.getJsonObject("data").getString("mode")).isEqualTo("embedded");
    assertThat(database.getJsonObject("data").getString("serverVersion")).startsWith("17");
    assertThat(get("/health/live").statusCode()).isEqualTo(200);
    assertThat(get("/health/started").statusCode()).isEqualTo(200);
  }

  @Test
  void openApiAndMetricsAreServed() {
    HttpResponse<String> openapi = get("/openapi");
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/territory");
    assertThat(get("/openapi/ui/").statusCode()).isEqualTo(200);
    assertThat(get("/metrics").statusCode()).isEqualTo(200);
  }

  @Test
  void embeddedDatabaseHasFrenchTextSearchUnaccentAndTrigrams() throws Exception {
    try (Connection connection =
        DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:" + node.databasePort() + "/essaim", "essaim", "essaim")) {
      TextSearchCapabilities.assertAvailable(connection);
    }
  }

  @Test
  void adminChangesRolesDisablesAndReEnablesAnAccount() {
    node.createAccount("compte-change", "compte-change-secret", "editor");
    HttpResponse<String> before = node.getAsAdmin("/api/accounts/compte-change");
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(json(before).getBoolean("enabled")).isTrue();
    String etag = before.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> promoted =
        send(
            node.http(),
            patchRequest("compte-change", "{\"roles\":[\"admin\",\"editor\"]}")
                .header("If-Match", etag)
                .build());
    assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
    assertThat(json(promoted).getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("admin", "editor");
    assertThat(promoted.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    // The same If-Match again is now stale and changes nothing.
    assertProblem(
        send(
            node.http(),
            patchRequest("compte-change", "{\"enabled\":false}").header("If-Match", etag).build()),
        412);
    assertThat(meAs("compte-change", "compte-change-secret").statusCode()).isEqualTo(200);

    HttpResponse<String> disabled = patch("compte-change", "{\"enabled\":false}");
    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
    assertThat(json(disabled).getBoolean("enabled")).isFalse();
    assertProblem(meAs("compte-change", "compte-change-secret"), 401);
    // Its admin role no longer opens anything either.
    assertProblem(
        node.sendJson(
            "PATCH",
            "/api/accounts/animation",
            "{\"enabled\":false}",
            "compte-change",
            "compte-change-secret"),
        401);

    assertThat(patch("compte-change", "{\"enabled\":true}").statusCode()).isEqualTo(200);
    assertThat(meAs("compte-change", "compte-change-secret").statusCode()).isEqualTo(200);
  }

  @Test
  void anAdministratorCannotDemoteOrDisableThemself() {
    JsonObject disable = assertProblem(patch("admin", "{\"enabled\":false}"), 409);
    assertThat(disable.getString("detail")).contains("cannot remove their own admin role");
    assertProblem(patch("admin", "{\"roles\":[\"editor\"]}"), 409);
    assertThat(meAs("admin", NodeProcess.ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(json(node.getAsAdmin("/api/accounts/admin")).getJsonArray("roles").toString())
        .contains("admin");
  }

  @Test
  void badAccountChangesAreRefusedAndChangeNothing() {
    assertProblem(patch("animation", "{\"roles\":"), 400);
    assertProblem(patch("animation", "{}"), 400);
    assertProblem(patch("animation", "{\"roles\":[]}"), 400);
    assertProblem(patch("animation", "{\"roles\":[\"owner\"]}"), 400);
    assertProblem(patch("animation", "{\"roles\":[\"admin\",\"editor\",\"admin\"]}"), 400);
    assertProblem(patch("animation", "{\"enabled\":\"maybe\"}"), 400);
    assertProblem(patch("animation", "{\"enabled\":0}"), 400);
    assertProblem(
        send(
            node.http(),
            patchRequest("animation", "{\"enabled\":false}").header("If-Match", "\"abc\"").build()),
        400);
    assertProblem(patch("nobody-here", "{\"enabled\":false}"), 404);
    assertProblem(
        node.sendJson(
            "PATCH", "/api/accounts/admin", "{\"enabled\":false}", EDITOR_USER, EDITOR_PASSWORD),
        403);
    assertProblem(
        send(
            node.http(),
            request(node.uri("/api/accounts/animation"))
                .header("Content-Type", "application/json")
                .method("PATCH", BodyPublishers.ofString("{\"enabled\":false}"))
                .build()),
        401);
    JsonObject animation = json(node.getAsAdmin("/api/accounts/animation"));
    assertThat(animation.getBoolean("enabled")).isTrue();
    assertThat(animation.getJsonArray("roles").toString()).isEqualTo("[\"editor\"]");
  }

  private HttpResponse<String> patch(String username, String body) {
    return send(node.http(), patchRequest(username, body).build());
  }

  private java.net.http.HttpRequest.Builder patchRequest(String username, String body) {
    return node.jsonRequest(
        "PATCH", "/api/accounts/" + username, body, "admin", NodeProcess.ADMIN_PASSWORD);
  }

  private HttpResponse<String> meAs(String username, String password) {
    return send(
        node.http(),
        request(node.uri("/api/accounts/me"))
            .header(
                "Authorization", org.essaim.node.testsupport.HttpCalls.basic(username, password))
            .build());
  }

  private HttpResponse<String> get(String path) {
    return node.get(path);
  }

  private HttpResponse<String> putProfile(String body, String user, String password) {
    return node.sendJson("PUT", "/api/territory", body, user, password);
  }

  private java.net.http.HttpRequest.Builder putRequest(String body, String user, String password) {
    return node.jsonRequest("PUT", "/api/territory", body, user, password);
  }

  /** Asserts an RFC 9457 answer with this status, and that it leaks no internals. */
  static JsonObject assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonObject problem = json(response);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception", "at org.", "at java.");
    return problem;
  }
}
