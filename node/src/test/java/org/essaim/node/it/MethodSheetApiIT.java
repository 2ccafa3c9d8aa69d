// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.essaim.node.it.TerritoryApiIT.assertProblem;
import static org.essaim.node.testsupport.HttpCalls.json;
import static org.essaim.node.testsupport.HttpCalls.request;
import static org.essaim.node.testsupport.HttpCalls.send;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.essaim.node.testsupport.NodeProcess;
import org.essaim.node.testsupport.SharedNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Method sheets on one real node: Markdown rendered to sanitised HTML, immutable versions, the
 * lifecycle with its published version, ETags, credentials and what the public reads. Tests share
 * the node, so each uses words of its own.
 */
class MethodSheetApiIT {

  private static final String EDITOR = "redactrice-fiches";
  private static final String EDITOR_PASSWORD = "redactrice-fiches-secret";
  private static final String NO_ROLE = "ancien-redacteur";

  private static final String INCUBATEUR_BODY =
      """
      ## Pourquoi un incubateur ?

      Pour accompagner les **porteurs de projets** après la soirée d'idéation.

      | Étape | Durée |
      |---|---:|
      | Sélection | 1 mois |

      Voir [le réseau](https://startupdeterritoire.fr).
      """;

  static NodeProcess node;

  @BeforeAll
  static void useTheSharedNode() throws SQLException {
    node = SharedNode.territory();
    node.createAccount(EDITOR, EDITOR_PASSWORD, "editor");
    // An account whose roles were all taken away: signed in, allowed nothing.
    node.createAccountWithoutRole(NO_ROLE, EDITOR);
  }

  @Test
  void aSheetKeepsEveryVersionOfItsText() throws SQLException {
    HttpResponse<String> created =
        asEditor(
            "POST",
            "/api/method-sheets",
            sheet("Créer et animer un incubateur", INCUBATEUR_BODY)
                .add("changeNote", "Première version")
                .add("contributingTerritories", strings("Le Mans", "Creuse"))
                .add("themes", strings("employment-inclusion"))
                .build()
                .toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).isPresent();
    String etag = created.headers().firstValue("ETag").orElseThrow();
    JsonObject sheet = json(created);
    long id = id(sheet);
    assertThat(sheet.getString("state")).isEqualTo("DRAFT");
    assertThat(sheet.getInt("currentVersion")).isEqualTo(1);
    assertThat(sheet.containsKey("publishedVersion")).isFalse();
    assertThat(sheet.getString("licence")).isEqualTo("CC-BY-SA-4.0");
    assertThat(sheet.getString("audience")).isEqualTo("NETWORK");
    assertThat(sheet.getString("visibility")).isEqualTo("NETWORK");
    assertThat(sheet.getString("updatedBy")).isEqualTo(EDITOR);
    // The referent territory is this node's when none is given.
    assertThat(sheet.getString("referentTerritory"))
        .isEqualTo(json(node.get("/api/territory")).getString("name"));
    assertThat(sheet.getString("bodyMarkdown")).startsWith("## Pourquoi un incubateur ?");
    assertThat(sheet.getString("bodyHtml"))
        .contains("<h2>Pourquoi un incubateur ?</h2>", "<strong>porteurs de projets</strong>")
        .contains("<table>", "<td align=\"right\">1 mois</td>")
        .contains("<a href=\"https://startupdeterritoire.fr\"")
        .containsPattern("rel=\"(nofollow noopener|noopener nofollow)\"");

    // A new text is version 2; a new description alone is no version; a stale ETag is refused.
    HttpResponse<String> revised =
        ifMatch(
            "PUT",
            "/api/method-sheets/" + id,
            sheet("Créer et animer un incubateur", INCUBATEUR_BODY + "\n## Et après ?\n")
                .add("changeNote", "Ajout de la suite")
                .add("referentTerritory", "Jura")
                .build()
                .toString(),
            etag);
    assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
    assertThat(json(revised).getInt("currentVersion")).isEqualTo(2);
    assertThat(json(revised).getString("referentTerritory")).isEqualTo("Jura");
    assertProblem(
        ifMatch(
            "PUT", "/api/method-sheets/" + id, sheet("Écrasé", "Écrasé").build().toString(), etag),
        412);
    HttpResponse<String> described =
        asEditor(
            "PUT",
            "/api/method-sheets/" + id,
            sheet("Créer et animer un incubateur", INCUBATEUR_BODY + "\n## Et après ?\n")
                .add("licence", "cc-by-4.0")
                .add("referentTerritory", "Jura")
                .build()
                .toString());
    assertThat(described.statusCode()).as(described.body()).isEqualTo(200);
    assertThat(json(described).getInt("currentVersion")).isEqualTo(2);
    assertThat(json(described).getString("licence")).isEqualTo("CC-BY-4.0");

    // The changelog, newest first, without bodies; each version in full.
    JsonObject versions = json(asEditorGet("/api/method-sheets/" + id + "/versions"));
    assertThat(versions.getInt("totalItems")).isEqualTo(2);
    List<JsonObject> items = versions.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items.get(0).getInt("number")).isEqualTo(2);
    assertThat(items.get(0).getString("changeNote")).isEqualTo("Ajout de la suite");
    assertThat(items.get(0).getString("author")).isEqualTo(EDITOR);
    assertThat(items.get(0).containsKey("bodyMarkdown")).isFalse();
    assertThat(items.get(1).getInt("number")).isEqualTo(1);
    assertThat(items.get(1).getString("changeNote")).isEqualTo("Première version");
    JsonObject first = json(asEditorGet("/api/method-sheets/" + id + "/versions/1"));
    assertThat(first.getString("bodyMarkdown")).doesNotContain("Et après");
    assertThat(first.getString("bodyHtml")).contains("<h2>Pourquoi un incubateur ?</h2>");
    assertThat(json(asEditorGet("/api/method-sheets/" + id + "/versions/2")).getString("bodyHtml"))
        .contains("<h2>Et après ?</h2>");
    assertProblem(asEditorGet("/api/method-sheets/" + id + "/versions/3"), 404);
    JsonObject secondPage =
        json(asEditorGet("/api/method-sheets/" + id + "/versions?size=1&page=2"));
    assertThat(secondPage.getJsonArray("items").getJsonObject(0).getInt("number")).isEqualTo(1);
    assertThat(secondPage.getInt("totalPages")).isEqualTo(2);

    // Versions are history: the database itself refuses to change one.
    try (Connection db = database();
        PreparedStatement change =
            db.prepareStatement(
                "UPDATE method_sheet_version SET body_markdown = 'x' WHERE sheet_id = ?")) {
      change.setLong(1, id);
      assertThatThrownBy(change::executeUpdate)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("immutable");
    }
  }

  @Test
  void scriptsAndUnsafeLinksNeverReachTheHtml() {
    String attack =
        """
        <script>alert(1)</script>

        [clic](javascript:alert(1)) [données](data:text/html;base64,PHNjcmlwdD4=)

        <img src=x onerror=alert(1)> ![x](javascript:alert(1))

        <a href="https://ok.example" onclick="alert(1)" style="color:red">lien</a>
        """;
    HttpResponse<String> created =
        asEditor("POST", "/api/method-sheets", sheet("Fiche piégée", attack).build().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String html = json(created).getString("bodyHtml");
    assertThat(html)
        .doesNotContain("<script", "<img", "<a href=\"https://ok.example\"")
        .doesNotContainPattern("<[^>]*(javascript|data):")
        .doesNotContainPattern("<[^>]*\\s(on[a-z]+|style)=")
        .contains("&lt;script&gt;");
    assertThat(json(created).getString("bodyMarkdown")).contains("<script>alert(1)</script>");
  }

  @Test
  void invalidSheetsAreRefusedFieldByFieldAndNothingIsWritten() {
    long before = totalForTeam("");
    JsonObject invalid =
        assertProblem(
            asEditor(
                "POST",
                "/api/method-sheets",
                Json.createObjectBuilder()
                    .add("title", " ")
                    .add("bodyMarkdown", "Corps")
                    .add("methodSteps", strings("SUPPORT", "DANCING"))
                    .add("licence", "WTFPL")
                    .add("themes", strings("food", "astrology"))
                    .add("audience", "EVERYONE")
                    .add("visibility", "SECRET")
                    .build()
                    .toString()),
            400);
    assertThat(fields(invalid))
        .containsExactly(
            "audience", "licence", "methodSteps[1]", "themes[1]", "title", "visibility");
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST",
                        "/api/method-sheets",
                        Json.createObjectBuilder()
                            .add("title", "Sans étape")
                            .add("bodyMarkdown", "Corps")
                            .build()
                            .toString()),
                    400)))
        .containsExactly("methodSteps");
    // The body is at most 200 000 characters.
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST",
                        "/api/method-sheets",
                        sheet("Trop long", "a".repeat(200_001)).build().toString()),
                    400)))
        .containsExactly("bodyMarkdown");
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST",
                        "/api/method-sheets",
                        sheet("Note trop longue", "Corps")
                            .add("changeNote", "n".repeat(501))
                            .build()
                            .toString()),
                    400)))
        .containsExactly("changeNote");
    assertProblem(asEditor("POST", "/api/method-sheets", "{\"title\":"), 400);
    assertThat(totalForTeam("")).isEqualTo(before);
    HttpResponse<String> longest =
        asEditor(
            "POST",
            "/api/method-sheets",
            sheet("Fiche de 200 000 caractères", "a".repeat(200_000)).build().toString());
    assertThat(longest.statusCode()).as(longest.body()).isEqualTo(201);
  }

  @Test
  void theLifecycleRecordsThePublishedVersion() {
    HttpResponse<String> created =
        asEditor(
            "POST",
            "/api/method-sheets",
            sheet("Mobiliser des acteurs de l'accompagnement", "Réunir les structures.")
                .build()
                .toString());
    long id = id(json(created));
    String etag = created.headers().firstValue("ETag").orElseThrow();

    JsonObject skipped = assertProblem(move(id, "PUBLISHED"), 409);
    assertThat(skipped.getString("type")).isEqualTo("urn:essaim:problem:illegal-transition");
    assertThat(skipped.getString("detail")).contains("IN_REVIEW");
    assertProblem(move(id, "ASLEEP"), 400);
    assertThat(json(move(id, "IN_REVIEW")).getString("state")).isEqualTo("IN_REVIEW");
    assertProblem(
        ifMatch("POST", "/api/method-sheets/" + id + "/transitions", "{\"to\":\"DRAFT\"}", etag),
        412);
    JsonObject published = json(move(id, "PUBLISHED"));
    assertThat(published.getString("state")).isEqualTo("PUBLISHED");
    assertThat(published.getInt("publishedVersion")).isEqualTo(1);
    assertThat(published.getString("publishedAt")).isNotBlank();

    // A published sheet is updated continuously, saying what changed.
    String newText = "Réunir les structures d'accompagnement.";
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "PUT",
                        "/api/method-sheets/" + id,
                        sheet("Mobiliser des acteurs de l'accompagnement", newText)
                            .build()
                            .toString()),
                    400)))
        .containsExactly("changeNote");
    JsonObject updated =
        json(
            asEditor(
                "PUT",
                "/api/method-sheets/" + id,
                sheet("Mobiliser des acteurs de l'accompagnement", newText)
                    .add("changeNote", "Précision")
                    .build()
                    .toString()));
    assertThat(updated.getString("state")).isEqualTo("PUBLISHED");
    assertThat(updated.getInt("currentVersion")).isEqualTo(2);
    assertThat(updated.getInt("publishedVersion")).isEqualTo(2);

    // Deprecated: the text stays as it was until a new round.
    assertThat(json(move(id, "DEPRECATED")).getString("state")).isEqualTo("DEPRECATED");
    JsonObject refused =
        assertProblem(
            asEditor(
                "PUT",
                "/api/method-sheets/" + id,
                sheet("Mobiliser des acteurs de l'accompagnement", "Autre texte")
                    .add("changeNote", "x")
                    .build()
                    .toString()),
            409);
    assertThat(refused.getString("detail")).contains("DEPRECATED");
    assertProblem(move(id, "PUBLISHED"), 409);
    assertThat(json(move(id, "DRAFT")).getInt("publishedVersion")).isEqualTo(2);
  }

  @Test
  void thePublicReadsOnlyPublishedSheetsItMaySee() {
    String word = "Zorglubienne";
    long shown = 0;
    long hidden = 0;
    for (String visibility : List.of("PRIVATE", "NETWORK", "NODE_PUBLIC", "PUBLIC")) {
      long id =
          id(
              json(
                  asEditor(
                      "POST",
                      "/api/method-sheets",
                      sheet("Fiche " + word + " " + visibility, "Texte " + word)
                          .add("visibility", visibility)
                          .build()
                          .toString())));
      move(id, "IN_REVIEW");
      move(id, "PUBLISHED");
      shown = visibility.equals("PUBLIC") ? id : shown;
      hidden = visibility.equals("NETWORK") ? id : hidden;
    }
    // A PUBLIC draft stays with the team.
    long draft =
        id(
            json(
                asEditor(
                    "POST",
                    "/api/method-sheets",
                    sheet("Brouillon " + word, "Texte " + word)
                        .add("visibility", "PUBLIC")
                        .build()
                        .toString())));

    JsonObject publicPage = json(node.get("/api/method-sheets?q=" + word));
    assertThat(publicPage.getInt("totalItems")).isEqualTo(2);
    for (JsonObject item : publicPage.getJsonArray("items").getValuesAs(JsonObject.class)) {
      assertThat(item.getString("visibility")).isIn("NODE_PUBLIC", "PUBLIC");
      assertThat(item.containsKey("updatedBy")).isFalse();
    }
    assertThat(json(node.get("/api/method-sheets?q=" + word + "&state=DRAFT")).getInt("totalItems"))
        .isZero();
    assertThat(totalForTeam("?q=" + word)).isEqualTo(5);
    assertProblem(node.get("/api/method-sheets/" + hidden), 404);
    assertProblem(node.get("/api/method-sheets/" + draft), 404);
    assertProblem(node.get("/api/method-sheets/" + draft + "/versions"), 404);
    assertProblem(node.get("/api/method-sheets/" + hidden + "/versions/1"), 404);

    JsonObject seen = json(node.get("/api/method-sheets/" + shown));
    assertThat(seen.getString("bodyHtml")).contains(word);
    assertThat(seen.containsKey("updatedBy")).isFalse();
    JsonObject version = json(node.get("/api/method-sheets/" + shown + "/versions/1"));
    assertThat(version.containsKey("author")).isFalse();
    assertThat(
            json(node.get("/api/method-sheets/" + shown + "/versions"))
                .getJsonArray("items")
                .getJsonObject(0)
                .containsKey("author"))
        .isFalse();

    // Back in review, the sheet leaves the public until it is published again.
    move(shown, "IN_REVIEW");
    assertProblem(node.get("/api/method-sheets/" + shown), 404);
  }

  @Test
  void paginationFiltersSortAndSearchWithAccents() {
    String[][] sheets = {
      {"Épicerie éphémère", "SUPPORT", "food.access"},
      {"Atelier vélo éphémère", "EVENTS", "mobility"},
      {"Brasserie éphémère", "SUPPORT", "food"}
    };
    for (String[] s : sheets) {
      HttpResponse<String> r =
          asEditor(
              "POST",
              "/api/method-sheets",
              Json.createObjectBuilder()
                  .add("title", s[0])
                  .add("bodyMarkdown", "Une fiche pour un lieu " + s[0].toLowerCase())
                  .add("methodSteps", strings(s[1]))
                  .add("themes", strings(s[2]))
                  .build()
                  .toString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
    // Written without accents, found with them; stemming finds the plural.
    JsonObject first = json(asEditorGet("/api/method-sheets?q=ephemeres&size=2&sort=title"));
    assertThat(first.getInt("totalItems")).isEqualTo(3);
    assertThat(first.getInt("totalPages")).isEqualTo(2);
    assertThat(titles(first)).containsExactly("Atelier vélo éphémère", "Brasserie éphémère");
    assertThat(titles(json(asEditorGet("/api/method-sheets?q=ephemeres&size=2&page=2&sort=title"))))
        .containsExactly("Épicerie éphémère");
    assertThat(titles(json(asEditorGet("/api/method-sheets?q=ephemere&size=1"))))
        .containsExactly("Brasserie éphémère");
    assertThat(titles(json(asEditorGet("/api/method-sheets?q=ephemere&size=1&sort=-createdAt"))))
        .containsExactly("Brasserie éphémère");
    assertThat(totalForTeam("?q=ephemere&step=SUPPORT")).isEqualTo(2);
    assertThat(totalForTeam("?q=ephemere&theme=food")).isEqualTo(2);
    assertThat(totalForTeam("?q=ephemere&theme=mobility&step=events")).isEqualTo(1);
    assertThat(totalForTeam("?q=ephemere&state=DRAFT")).isEqualTo(3);
    assertThat(totalForTeam("?q=ephemere&state=PUBLISHED")).isZero();
    assertThat(
            fields(
                assertProblem(
                    asEditorGet("/api/method-sheets?sort=price&theme=nope&step=X&state=Y"), 400)))
        .containsExactly("sort", "state", "step", "theme");
    assertThat(fields(assertProblem(asEditorGet("/api/method-sheets?size=0"), 400)))
        .containsExactly("size");
  }

  @Test
  void everyWriteNeedsAnEditorOrAnAdministrator() {
    long id =
        id(
            json(
                asEditor(
                    "POST",
                    "/api/method-sheets",
                    sheet("Fiche à supprimer", "Texte").build().toString())));
    String body = sheet("Fiche", "Texte").build().toString();
    String[][] writes = {
      {"POST", "/api/method-sheets", body},
      {"PUT", "/api/method-sheets/" + id, body},
      {"POST", "/api/method-sheets/" + id + "/transitions", "{\"to\":\"IN_REVIEW\"}"},
      {"DELETE", "/api/method-sheets/" + id, ""}
    };
    for (String[] write : writes) {
      HttpResponse<String> anonymous =
          send(
              node.http(),
              request(node.uri(write[1]))
                  .header("Content-Type", "application/json")
                  .method(write[0], BodyPublishers.ofString(write[2]))
                  .build());
      assertProblem(anonymous, 401);
      assertProblem(node.sendJson(write[0], write[1], write[2], NO_ROLE, EDITOR_PASSWORD), 403);
    }
    // Editors deprecate; only administrators delete, with the whole history.
    assertProblem(asEditor("DELETE", "/api/method-sheets/" + id, ""), 403);
    assertThat(json(asEditorGet("/api/method-sheets/" + id)).getString("state")).isEqualTo("DRAFT");
    assertThat(node.sendJsonAsAdmin("DELETE", "/api/method-sheets/" + id, "").statusCode())
        .isEqualTo(204);
    assertProblem(node.getAsAdmin("/api/method-sheets/" + id), 404);
    assertProblem(node.getAsAdmin("/api/method-sheets/" + id + "/versions"), 404);
    assertProblem(node.sendJsonAsAdmin("DELETE", "/api/method-sheets/" + id, ""), 404);
    assertProblem(asEditor("PUT", "/api/method-sheets/" + id, body), 404);
  }

  @Test
  void theApiIsDocumentedInOpenApi() {
    assertThat(node.get("/openapi").body())
        .contains(
            "/api/method-sheets/{id}/versions/{number}",
            "/api/method-sheets/{id}/transitions",
            "Créer et animer un incubateur",
            "Mobiliser des acteurs de l'accompagnement");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static JsonObjectBuilder sheet(String title, String body) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("bodyMarkdown", body)
        .add("methodSteps", strings("SUPPORT"));
  }

  private static JsonArrayBuilder strings(String... values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (String v : values) {
      array.add(v);
    }
    return array;
  }

  private static HttpResponse<String> move(long id, String to) {
    return asEditor("POST", "/api/method-sheets/" + id + "/transitions", "{\"to\":\"" + to + "\"}");
  }

  private static long totalForTeam(String query) {
    return json(asEditorGet("/api/method-sheets" + query)).getJsonNumber("totalItems").longValue();
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + node.databasePort() + "/essaim", "essaim", "essaim");
  }

  private static HttpResponse<String> asEditor(String method, String path, String body) {
    return node.sendJson(method, path, body, EDITOR, EDITOR_PASSWORD);
  }

  private static HttpResponse<String> asEditorGet(String path) {
    return send(
        node.http(),
        request(node.uri(path))
            .header(
                "Authorization",
                org.essaim.node.testsupport.HttpCalls.basic(EDITOR, EDITOR_PASSWORD))
            .GET()
            .build());
  }

  private static HttpResponse<String> ifMatch(
      String method, String path, String body, String etag) {
    return send(
        node.http(),
        node.jsonRequest(method, path, body, EDITOR, EDITOR_PASSWORD)
            .header("If-Match", etag)
            .build());
  }

  private static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  private static List<String> titles(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(p -> p.getString("title"))
        .toList();
  }

  private static List<String> fields(JsonObject problem) {
    return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }
}
