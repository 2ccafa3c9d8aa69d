// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.it.TerritoryApiIT.assertProblem;
import static org.essaim.node.testsupport.HttpCalls.json;
import static org.essaim.node.testsupport.HttpCalls.request;
import static org.essaim.node.testsupport.HttpCalls.send;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import org.essaim.node.testsupport.NodeProcess;
import org.essaim.node.testsupport.SharedNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Transferable solutions and their replications on one real node: derived from a project (one per
 * project, the project then not deletable), lifecycles, ETags, field errors, what the public reads.
 * Tests share the node, so each uses projects and words of its own.
 */
class TransferableSolutionApiIT {

  private static final String EDITOR = "essaimeuse";
  private static final String EDITOR_PASSWORD = "essaimeuse-secret";
  private static final String NO_ROLE = "ancienne-essaimeuse";
  private static final String BASE = "/api/transferable-solutions";

  static NodeProcess node;
  static long contact;

  @BeforeAll
  static void useTheSharedNode() throws Exception {
    node = SharedNode.territory();
    node.createAccount(EDITOR, EDITOR_PASSWORD, "editor");
    // An account whose roles were all taken away: signed in, allowed nothing.
    node.createAccountWithoutRole(NO_ROLE, EDITOR);
    contact = newOrganisation("Ronalpia");
  }

  // --- transferable solutions -------------------------------------------------------------------

  @Test
  void aSolutionDerivedFromAProjectOnePerProject() {
    long project = newProject("Lance-toi ! Pays de Savoie");
    HttpResponse<String> created = asEditor("POST", BASE, lanceToi(project, "NETWORK"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).isPresent();
    assertThat(created.headers().firstValue("ETag")).isPresent();
    JsonObject solution = json(created);
    long id = id(solution);
    assertThat(solution.getString("status")).isEqualTo("DRAFT");
    assertThat(solution.getString("visibility")).isEqualTo("NETWORK");
    assertThat(solution.getString("title")).isEqualTo("Lance-toi !");
    assertThat(solution.getJsonNumber("projectId").longValue()).isEqualTo(project);
    assertThat(solution.getString("transferMode")).isEqualTo("ACCOMPANIED_TRANSFER");
    assertThat(solution.getJsonArray("keySuccessFactors")).hasSize(2);
    assertThat(solution.getJsonArray("watchPoints").getString(0))
        .isEqualTo("Le distanciel freine les interactions");
    assertThat(solution.getJsonObject("costs").getJsonNumber("maxEur").bigDecimalValue())
        .isEqualByComparingTo("12000");
    assertThat(solution.getJsonNumber("contactOrganizationId").longValue()).isEqualTo(contact);
    assertThat(json(node.getAsAdmin(BASE + "/" + id)).getString("title")).isEqualTo("Lance-toi !");

    // One solution per project; the project and the contact organisation cannot be deleted.
    JsonObject twice = assertProblem(asEditor("POST", BASE, lanceToi(project, "PUBLIC")), 409);
    assertThat(twice.getString("detail")).contains("already derives from project " + project);
    assertThat(
            assertProblem(asEditor("DELETE", "/api/projects/" + project, ""), 409)
                .getString("detail"))
        .contains("transferable solution");
    assertProblem(asEditor("DELETE", "/api/organizations/" + contact, ""), 409);

    // Without a title, the project's; a draft without replications is deleted, then the project.
    long other = newProject("Kit premiers pas ATIS");
    HttpResponse<String> kit = asEditor("POST", BASE, minimal(other, "NETWORK_KIT", "PUBLIC"));
    assertThat(kit.statusCode()).as(kit.body()).isEqualTo(201);
    long kitId = id(json(kit));
    assertThat(json(kit).getString("title")).isEqualTo("Kit premiers pas ATIS");
    assertThat(json(kit).getString("visibility")).isEqualTo("PUBLIC");
    assertThat(ids(json(node.getAsAdmin(BASE + "?projectId=" + other)))).containsExactly(kitId);
    assertThat(asEditor("DELETE", BASE + "/" + kitId, "").statusCode()).isEqualTo(204);
    assertProblem(node.getAsAdmin(BASE + "/" + kitId), 404);
    assertThat(asEditor("DELETE", "/api/projects/" + other, "").statusCode()).isEqualTo(204);
  }

  @Test
  void publishedWithdrawnAndPublishedAgainNeverBackToDraft() {
    long id = newSolution("Écopôle alimentaire", "PUBLIC");
    JsonObject illegal = assertProblem(transition(id, "WITHDRAWN"), 409);
    assertThat(illegal.getString("type")).isEqualTo("urn:essaim:problem:illegal-transition");
    assertThat(illegal.getString("detail")).contains("DRAFT", "PUBLISHED");
    assertThat(json(transition(id, "PUBLISHED")).getString("status")).isEqualTo("PUBLISHED");
    assertProblem(transition(id, "DRAFT"), 409);
    assertThat(json(transition(id, "WITHDRAWN")).getString("status")).isEqualTo("WITHDRAWN");
    assertThat(json(transition(id, "PUBLISHED")).getString("status")).isEqualTo("PUBLISHED");
    assertProblem(transition(id, "ASLEEP"), 400);
    assertProblem(asEditor("POST", BASE + "/999999/transitions", "{\"to\":\"PUBLISHED\"}"), 404);
    assertProblem(node.get(BASE + "/999999"), 404);
  }

  @Test
  void invalidInputIsNamedAndNothingIsWritten() {
    long project = newProject("Atelier chanvre");
    long before = json(node.getAsAdmin(BASE)).getJsonNumber("totalItems").longValue();
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST",
                        BASE,
                        "{\"title\":\"X\",\"themes\":[\"food\",\"astrology\"],"
                            + "\"transferMode\":\"TELEPORT\",\"visibility\":\"SECRET\","
                            + "\"costs\":{\"minEur\":12000,\"maxEur\":10000}}"),
                    400)))
        .containsExactly(
            "contactOrganizationId",
            "costs.maxEur",
            "projectId",
            "themes[1]",
            "transferMode",
            "visibility");
    assertThat(
            fields(
                assertProblem(asEditor("POST", BASE, minimal(999999, "ANTENNA", "PUBLIC")), 400)))
        .containsExactly("projectId");
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST",
                        BASE,
                        "{\"projectId\":999999,\"transferMode\":\"ANTENNA\","
                            + "\"contactOrganizationId\":999999}"),
                    400)))
        .containsExactly("projectId", "contactOrganizationId");
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST",
                        BASE,
                        "{\"projectId\":%d,\"transferMode\":\"ANTENNA\",\"contactOrganizationId\":%d,\"keySuccessFactors\":[\"%s\"]}"
                            .formatted(project, contact, "x".repeat(1001))),
                    400)))
        .containsExactly("keySuccessFactors[0]");
    assertProblem(asEditor("POST", BASE, "{\"projectId\":"), 400);
    assertThat(json(node.getAsAdmin(BASE)).getJsonNumber("totalItems").longValue())
        .isEqualTo(before);
    // The project is still free for a solution.
    assertThat(asEditor("POST", BASE, minimal(project, "ANTENNA", "NETWORK")).statusCode())
        .isEqualTo(201);
  }

  @Test
  void editsNeedTheCurrentVersion() {
    long project = newProject("Villages Vivants");
    HttpResponse<String> created = asEditor("POST", BASE, minimal(project, "ANTENNA", "NETWORK"));
    String etag = created.headers().firstValue("ETag").orElseThrow();
    long id = id(json(created));
    HttpResponse<String> edited =
        ifMatch("PUT", BASE + "/" + id, lanceToi(project, "NETWORK"), etag);
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertThat(json(edited).getString("title")).isEqualTo("Lance-toi !");
    assertProblem(
        ifMatch("PUT", BASE + "/" + id, minimal(project, "ANTENNA", "PUBLIC"), etag), 412);
    assertProblem(
        ifMatch("POST", BASE + "/" + id + "/transitions", "{\"to\":\"PUBLISHED\"}", etag), 412);
    assertProblem(ifMatch("DELETE", BASE + "/" + id, "", etag), 412);
    // A blank title is the project's again; projectId in PUT is ignored.
    HttpResponse<String> untitled =
        asEditor("PUT", BASE + "/" + id, minimal(999999, "FRANCHISE", "NETWORK"));
    assertThat(untitled.statusCode()).as(untitled.body()).isEqualTo(200);
    assertThat(json(untitled).getString("title")).isEqualTo("Villages Vivants");
    assertThat(json(untitled).getJsonNumber("projectId").longValue()).isEqualTo(project);
    assertThat(fields(assertProblem(asEditor("PUT", BASE + "/" + id, "{}"), 400)))
        .containsExactly("contactOrganizationId", "transferMode");
    assertProblem(asEditor("PUT", BASE + "/999999", minimal(project, "ANTENNA", "PUBLIC")), 404);
  }

  @Test
  void thePublicReadsOnlyPublishedPublicSolutions() {
    String word = "Zygomatique";
    for (String visibility : List.of("PRIVATE", "NETWORK", "NODE_PUBLIC", "PUBLIC")) {
      long id = newSolution("Recyclerie " + word + " " + visibility, visibility);
      assertThat(transition(id, "PUBLISHED").statusCode()).isEqualTo(200);
    }
    long draft = newSolution("Recyclerie " + word + " brouillon", "PUBLIC");
    JsonObject publicPage = json(node.get(BASE + "?q=" + word));
    assertThat(publicPage.getInt("totalItems")).isEqualTo(2);
    assertThat(
            publicPage.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("visibility"))
                .toList())
        .containsExactlyInAnyOrder("NODE_PUBLIC", "PUBLIC");
    assertThat(json(node.get(BASE + "?q=" + word + "&status=DRAFT")).getInt("totalItems")).isZero();
    JsonObject teamPage = json(node.getAsAdmin(BASE + "?q=" + word));
    assertThat(teamPage.getInt("totalItems")).isEqualTo(5);
    assertThat(json(node.getAsAdmin(BASE + "?q=" + word + "&status=DRAFT")).getInt("totalItems"))
        .isEqualTo(1);
    long network =
        teamPage.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("visibility").equals("NETWORK"))
            .map(TransferableSolutionApiIT::id)
            .findFirst()
            .orElseThrow();
    assertProblem(node.get(BASE + "/" + network), 404);
    assertProblem(node.get(BASE + "/" + network + "/replications"), 404);
    assertProblem(node.get(BASE + "/" + draft), 404);
    assertThat(node.getAsAdmin(BASE + "/" + network).statusCode()).isEqualTo(200);
  }

  @Test
  void paginationSortFiltersAndFrenchSearch() {
    for (String[] s :
        List.of(
            new String[] {"Épicerie coopérative", "ANTENNA", "food.access"},
            new String[] {"Atelier coopératif", "OPEN_METHOD", "crafts-making"},
            new String[] {"Brasserie coopérative", "ANTENNA", "food.short-supply-chains"})) {
      long project = newProject(s[0]);
      HttpResponse<String> r =
          asEditor(
              "POST",
              BASE,
              "{\"projectId\":%d,\"transferMode\":\"%s\",\"themes\":[\"%s\"],\"contactOrganizationId\":%d,\"model\":\"Une SCIC et ses sociétaires\",\"visibility\":\"PUBLIC\"}"
                  .formatted(project, s[1], s[2], contact));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      assertThat(transition(id(json(r)), "PUBLISHED").statusCode()).isEqualTo(200);
    }
    // Written without accents, found with them; stemming finds the plural.
    JsonObject first = json(node.get(BASE + "?q=cooperatives&size=2&sort=title"));
    assertThat(first.getInt("totalItems")).isEqualTo(3);
    assertThat(first.getInt("totalPages")).isEqualTo(2);
    assertThat(titles(first)).containsExactly("Atelier coopératif", "Brasserie coopérative");
    assertThat(titles(json(node.get(BASE + "?q=cooperatives&size=2&page=2&sort=title"))))
        .containsExactly("Épicerie coopérative");
    assertThat(titles(json(node.get(BASE + "?q=cooperative&size=1"))))
        .containsExactly("Brasserie coopérative");
    assertThat(json(node.get(BASE + "?q=societaires")).getInt("totalItems")).isEqualTo(3);
    assertThat(json(node.get(BASE + "?q=cooperative&theme=food")).getInt("totalItems"))
        .isEqualTo(2);
    assertThat(json(node.get(BASE + "?q=cooperative&transferMode=antenna")).getInt("totalItems"))
        .isEqualTo(2);
    assertThat(
            json(node.get(BASE + "?q=cooperative&transferMode=OPEN_METHOD&theme=food"))
                .getInt("totalItems"))
        .isZero();
    assertThat(fields(assertProblem(node.get(BASE + "?sort=price&size=0"), 400)))
        .containsExactly("size");
    assertThat(
            fields(
                assertProblem(
                    node.get(BASE + "?sort=price&theme=nope&transferMode=x&status=y&projectId=z"),
                    400)))
        .containsExactly("projectId", "sort", "status", "theme", "transferMode");
  }

  // --- replications -----------------------------------------------------------------------------

  @Test
  void replicationsAreRecordedWhilePublishedAndMoveForward() {
    long solution = newSolution("Tiers-lieu nourricier", "PUBLIC");
    String path = BASE + "/" + solution + "/replications";
    JsonObject notYet = assertProblem(asEditor("POST", path, lons("2024-05-14")), 409);
    assertThat(notYet.getString("detail")).contains("PUBLISHED");
    transition(solution, "PUBLISHED");

    HttpResponse<String> created = asEditor("POST", path, lons("2024-05-14"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).isPresent();
    JsonObject replication = json(created);
    long id = id(replication);
    assertThat(replication.getString("status")).isEqualTo("INTERESTED");
    assertThat(replication.getString("interestedOn")).isEqualTo("2024-05-14");
    assertThat(replication.getString("territoryActorUri"))
        .isEqualTo("https://lons.essaim.example/actor");
    // Without a date, interest is dated today.
    HttpResponse<String> undated = asEditor("POST", path, "{\"territoryName\":\"Pays de Bray\"}");
    assertThat(undated.statusCode()).as(undated.body()).isEqualTo(201);
    assertThat(json(undated).getString("interestedOn")).isNotBlank();

    // Not replicated before it starts; never dated before the previous step.
    JsonObject early = assertProblem(move(path, id, "REPLICATED", "2024-06-01"), 409);
    assertThat(early.getString("type")).isEqualTo("urn:essaim:problem:illegal-transition");
    assertThat(fields(assertProblem(move(path, id, "IN_PROGRESS", "2024-05-01"), 400)))
        .containsExactly("on");
    assertThat(fields(assertProblem(move(path, id, "SOMEWHERE", "1er mai"), 400)))
        .containsExactly("on", "to");
    JsonObject started = json(move(path, id, "IN_PROGRESS", "2024-09-01"));
    assertThat(started.getString("status")).isEqualTo("IN_PROGRESS");
    assertThat(started.getString("startedOn")).isEqualTo("2024-09-01");
    JsonObject done = json(move(path, id, "REPLICATED", "2025-03-01"));
    assertThat(done.getString("replicatedOn")).isEqualTo("2025-03-01");
    assertProblem(move(path, id, "ABANDONED", null), 409);

    // The public reads them with the solution; lists filter by status, oldest interest first.
    JsonObject all = json(node.get(path));
    assertThat(all.getInt("totalItems")).isEqualTo(2);
    assertThat(ids(all).get(0)).isEqualTo(id);
    assertThat(ids(json(node.get(path + "?status=REPLICATED")))).containsExactly(id);
    assertThat(json(node.get(path + "?size=1&page=2")).getJsonArray("items")).hasSize(1);
    assertProblem(node.get(path + "?status=MAYBE"), 400);
    assertThat(json(node.get(path + "/" + id)).getString("territoryName"))
        .isEqualTo("Start-Up de Territoire du Pays Lédonien");
    assertProblem(node.get(path + "/999999"), 404);
    // A replication is reached only through its own solution.
    long otherSolution = newSolution("Autre solution", "PUBLIC");
    assertProblem(node.getAsAdmin(BASE + "/" + otherSolution + "/replications/" + id), 404);

    // A solution with replications is withdrawn, not deleted; a withdrawn one takes no new ones.
    assertThat(
            assertProblem(asEditor("DELETE", BASE + "/" + solution, ""), 409).getString("detail"))
        .contains("withdraw");
    transition(solution, "WITHDRAWN");
    assertProblem(asEditor("POST", path, lons("2025-01-01")), 409);
    assertThat(json(node.getAsAdmin(path)).getInt("totalItems")).isEqualTo(2);
  }

  @Test
  void replicationInputVersionsAndDeletion() {
    long solution = newSolution("Garage solidaire", "NODE_PUBLIC");
    transition(solution, "PUBLISHED");
    String path = BASE + "/" + solution + "/replications";
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST", path, "{\"territoryName\":\" \",\"interestedOn\":\"14/05/2024\"}"),
                    400)))
        .containsExactly("interestedOn", "territoryName");
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST",
                        path,
                        "{\"territoryName\":\"Lons\",\"territoryActorUri\":\"ftp://lons\"}"),
                    400)))
        .containsExactly("territoryActorUri");
    assertThat(json(node.getAsAdmin(path)).getInt("totalItems")).isZero();
    assertProblem(asEditor("POST", BASE + "/999999/replications", lons("2024-05-14")), 404);

    HttpResponse<String> created = asEditor("POST", path, lons("2024-05-14"));
    String etag = created.headers().firstValue("ETag").orElseThrow();
    long id = id(json(created));
    HttpResponse<String> edited =
        ifMatch(
            "PUT",
            path + "/" + id,
            "{\"territoryName\":\"Pays Lédonien\",\"adaptations\":\"Six séances\"}",
            etag);
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    // The date of interest is kept when not given.
    assertThat(json(edited).getString("interestedOn")).isEqualTo("2024-05-14");
    assertThat(json(edited).getString("adaptations")).isEqualTo("Six séances");
    assertProblem(ifMatch("PUT", path + "/" + id, lons("2024-05-14"), etag), 412);
    assertProblem(
        ifMatch("POST", path + "/" + id + "/transitions", "{\"to\":\"ABANDONED\"}", etag), 412);
    assertProblem(ifMatch("DELETE", path + "/" + id, "", etag), 412);
    assertThat(asEditor("DELETE", path + "/" + id, "").statusCode()).isEqualTo(204);
    assertProblem(node.get(path + "/" + id), 404);
  }

  // --- security and documentation ---------------------------------------------------------------

  @Test
  void everyWriteNeedsTheEditorOrAdminRole() {
    long solution = newSolution("Conciergerie rurale", "PUBLIC");
    transition(solution, "PUBLISHED");
    long replication =
        id(json(asEditor("POST", BASE + "/" + solution + "/replications", lons("2024-05-14"))));
    String one = BASE + "/" + solution;
    String rep = one + "/replications";
    for (String[] call :
        List.of(
            new String[] {"POST", BASE},
            new String[] {"PUT", one},
            new String[] {"DELETE", one},
            new String[] {"POST", one + "/transitions"},
            new String[] {"POST", rep},
            new String[] {"PUT", rep + "/" + replication},
            new String[] {"DELETE", rep + "/" + replication},
            new String[] {"POST", rep + "/" + replication + "/transitions"})) {
      HttpResponse<String> anonymous =
          send(
              node.http(),
              request(node.uri(call[1]))
                  .header("Content-Type", "application/json")
                  .method(call[0], BodyPublishers.ofString("{\"to\":\"WITHDRAWN\"}"))
                  .build());
      assertProblem(anonymous, 401);
      assertProblem(
          node.sendJson(call[0], call[1], "{\"to\":\"WITHDRAWN\"}", NO_ROLE, EDITOR_PASSWORD), 403);
    }
    assertThat(json(node.get(one)).getString("status")).isEqualTo("PUBLISHED");
    assertThat(json(node.get(rep + "/" + replication)).getString("status")).isEqualTo("INTERESTED");
  }

  @Test
  void documentedInOpenApi() {
    assertThat(node.get("/openapi").body())
        .contains(
            "/api/transferable-solutions",
            "/api/transferable-solutions/{id}/transitions",
            "/api/transferable-solutions/{solutionId}/replications/{id}/transitions",
            "Lance-toi !",
            "Pays Lédonien");
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static String lanceToi(long project, String visibility) {
    return """
        {"projectId":%d,"title":"Lance-toi !",
         "problemAddressed":"Aucun accompagnement à l'entrepreneuriat ESS en zone rurale.",
         "themes":["employment-inclusion","local-economy"],
         "model":"Binôme d'un incubateur régional et d'une structure locale.",
         "prerequisites":"Une structure locale ancrée ; une offre d'incubation ensuite.",
         "keySuccessFactors":["Le format court, itinérant et expérimental",
                              "La complémentarité des deux structures"],
         "watchPoints":["Le distanciel freine les interactions"],
         "transferMode":"ACCOMPANIED_TRANSFER",
         "costs":{"minEur":10000,"maxEur":12000,"note":"par cycle"},
         "contactOrganizationId":%d,"visibility":"%s"}
        """
        .formatted(project, contact, visibility);
  }

  private static String minimal(long project, String mode, String visibility) {
    return "{\"projectId\":%d,\"transferMode\":\"%s\",\"contactOrganizationId\":%d,\"visibility\":\"%s\"}"
        .formatted(project, mode, contact, visibility);
  }

  private static String lons(String interestedOn) {
    return """
        {"territoryName":"Start-Up de Territoire du Pays Lédonien",
         "territoryActorUri":"https://lons.essaim.example/actor",
         "adaptations":"Ateliers en présentiel.","interestedOn":"%s"}
        """
        .formatted(interestedOn);
  }

  private static long newSolution(String title, String visibility) {
    long project = newProject(title);
    HttpResponse<String> r = asEditor("POST", BASE, minimal(project, "OPEN_METHOD", visibility));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return id(json(r));
  }

  private static long newProject(String title) {
    HttpResponse<String> r =
        asEditor(
            "POST",
            "/api/projects",
            "{\"title\":\"%s\",\"stage\":\"launched\",\"origin\":\"ACCELERATED_EXISTING\"}"
                .formatted(title));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return id(json(r));
  }

  private static long newOrganisation(String name) {
    HttpResponse<String> r =
        asEditor("POST", "/api/organizations", "{\"name\":\"%s\"}".formatted(name));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return id(json(r));
  }

  private static HttpResponse<String> transition(long id, String to) {
    return asEditor("POST", BASE + "/" + id + "/transitions", "{\"to\":\"" + to + "\"}");
  }

  private static HttpResponse<String> move(String path, long id, String to, String on) {
    return asEditor(
        "POST",
        path + "/" + id + "/transitions",
        on == null ? "{\"to\":\"" + to + "\"}" : "{\"to\":\"" + to + "\",\"on\":\"" + on + "\"}");
  }

  private static HttpResponse<String> asEditor(String method, String path, String body) {
    return node.sendJson(method, path, body, EDITOR, EDITOR_PASSWORD);
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

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(TransferableSolutionApiIT::id)
        .toList();
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
