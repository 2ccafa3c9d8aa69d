// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.it.TerritoryApiIT.assertProblem;
import static org.essaim.node.testsupport.HttpCalls.json;
import static org.essaim.node.testsupport.HttpCalls.request;
import static org.essaim.node.testsupport.HttpCalls.send;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.essaim.node.testsupport.NodeProcess;
import org.essaim.node.testsupport.SharedNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Organisations, partners and projects on one real node: the directory with its SIREN rule, the
 * circle of trusted partners, projects with taxonomy keys and FSE funding, stage moves, ETags, and
 * what the public reads. Tests share the node, so each uses names and words of its own.
 */
class ProjectApiIT {

  private static final String EDITOR = "animatrice";
  private static final String EDITOR_PASSWORD = "animatrice-secret";
  private static final AtomicInteger SIRENS = new AtomicInteger(100);

  static NodeProcess node;

  @BeforeAll
  static void useTheSharedNode() {
    node = SharedNode.territory();
    node.createAccount(EDITOR, EDITOR_PASSWORD, "editor");
  }

  // --- organisations ---------------------------------------------------------------------------

  @Test
  void organisationCrudWithTheSirenRule() {
    String siren = newSiren();
    HttpResponse<String> created =
        asEditor("POST", "/api/organizations", organisation("Les Ateliers des Hauts", siren));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).isPresent();
    String etag = created.headers().firstValue("ETag").orElseThrow();
    JsonObject org = json(created);
    long id = id(org);
    assertThat(org.getString("legalForm")).isEqualTo("association-1901");
    assertThat(org.getJsonArray("roles").getString(0)).isEqualTo("siae");
    assertThat(org.getString("siren")).isEqualTo(siren);
    assertThat(org.getJsonObject("address").getString("city")).isEqualTo("Rouen");
    assertThat(org.getString("visibility")).isEqualTo("PUBLIC");

    // The public reads it and finds it by role, legal form and words (accents ignored).
    assertThat(node.get("/api/organizations/" + id).statusCode()).isEqualTo(200);
    assertThat(ids(json(node.get("/api/organizations?role=siae&size=100")))).contains(id);
    assertThat(ids(json(node.get("/api/organizations?legalForm=scic&size=100"))))
        .doesNotContain(id);
    assertThat(ids(json(node.get("/api/organizations?q=" + encode("leo a table"))))).contains(id);

    // A second organisation cannot take the same SIREN, by POST or by PUT.
    JsonObject duplicate =
        assertProblem(
            asEditor(
                "POST",
                "/api/organizations",
                organisation("Copie", siren.substring(0, 3) + " " + siren.substring(3))),
            409);
    assertThat(duplicate.getString("detail")).contains(siren);
    long other = id(json(asEditor("POST", "/api/organizations", organisation("Autre", null))));
    assertProblem(
        asEditor("PUT", "/api/organizations/" + other, organisation("Autre", siren)), 409);

    // Unknown legal form and a malformed SIREN: 400 with field errors, nothing stored.
    JsonObject unknown =
        assertProblem(
            asEditor(
                "POST",
                "/api/organizations",
                "{\"name\":\"X\",\"legalForm\":\"sarl-magique\",\"roles\":[\"siae\",\"nope\"]}"),
            400);
    assertThat(fields(unknown)).containsExactly("legalForm", "roles[1]");
    assertThat(
            fields(
                assertProblem(
                    asEditor("POST", "/api/organizations", organisation("Y", "12345")), 400)))
        .containsExactly("siren");

    // Update with the ETag; a stale one is refused; delete.
    HttpResponse<String> renamed =
        ifMatch("PUT", "/api/organizations/" + id, organisation("ADH Rouen", siren), etag);
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertProblem(ifMatch("PUT", "/api/organizations/" + id, organisation("Z", siren), etag), 412);
    assertThat(json(node.get("/api/organizations/" + id)).getString("name")).isEqualTo("ADH Rouen");
    assertThat(asEditor("DELETE", "/api/organizations/" + id, "").statusCode()).isEqualTo(204);
    assertProblem(node.get("/api/organizations/" + id), 404);
  }

  @Test
  void privateOrganisationsAreForTheTeam() {
    long id =
        id(
            json(
                asEditor(
                    "POST",
                    "/api/organizations",
                    "{\"name\":\"Structure discrète\",\"visibility\":\"PRIVATE\"}")));
    assertProblem(node.get("/api/organizations/" + id), 404);
    assertThat(ids(json(node.get("/api/organizations?size=100")))).doesNotContain(id);
    assertThat(node.getAsAdmin("/api/organizations/" + id).statusCode()).isEqualTo(200);

    // A public project carried by it does not reveal even its id to the public.
    long open = newOrganisation("Structure ouverte");
    long project =
        id(
            json(
                asEditor(
                    "POST",
                    "/api/projects",
                    ("{\"title\":\"Tiers-lieu discret\",\"stage\":\"idea\","
                            + "\"origin\":\"ACCELERATED_EXISTING\",\"visibility\":\"PUBLIC\","
                            + "\"carrierOrganizationId\":%d,\"partnerOrganizationIds\":[%d,%d]}")
                        .formatted(id, id, open))));
    JsonObject seen = json(node.get("/api/projects/" + project));
    assertThat(seen.containsKey("carrierOrganizationId")).isFalse();
    assertThat(seen.getJsonArray("partnerOrganizationIds").getJsonNumber(0).longValue())
        .isEqualTo(open);
    assertThat(seen.getJsonArray("partnerOrganizationIds")).hasSize(1);
    JsonObject byTeam = json(node.getAsAdmin("/api/projects/" + project));
    assertThat(byTeam.getJsonNumber("carrierOrganizationId").longValue()).isEqualTo(id);
    assertThat(byTeam.getJsonArray("partnerOrganizationIds")).hasSize(2);
  }

  // --- partners --------------------------------------------------------------------------------

  @Test
  void aPartnerOfTheCircleWithContributions() {
    long org = newOrganisation("Réseau Cocagne");
    HttpResponse<String> created =
        asEditor(
            "POST",
            "/api/partners",
            """
            {"organizationId":%d,"inCircle":true,"circleSince":"2023-03-15",
             "roleMailbox":"partenariats@cocagne.example",
             "contributions":[
               {"kind":"MONEY","description":"Soutien à la soirée d'idéation","amountEur":5000,"year":2024},
               {"kind":"PREMISES","description":"Salle pour les ateliers","year":2024}]}
            """
                .formatted(org));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject partner = json(created);
    long id = id(partner);
    assertThat(partner.getString("organizationName")).isEqualTo("Réseau Cocagne");
    assertThat(partner.getJsonArray("contributions")).hasSize(2);
    assertThat(
            partner
                .getJsonArray("contributions")
                .getJsonObject(0)
                .getJsonNumber("amountEur")
                .bigDecimalValue())
        .isEqualByComparingTo("5000");

    // The public sees the partner and its membership, not the mailbox nor the contributions.
    JsonObject seen = json(node.get("/api/partners/" + id));
    assertThat(seen.getBoolean("inCircle")).isTrue();
    assertThat(seen.containsKey("contributions") && !seen.isNull("contributions")).isFalse();
    assertThat(seen.containsKey("roleMailbox") && !seen.isNull("roleMailbox")).isFalse();
    assertThat(ids(json(node.get("/api/partners?inCircle=true&size=100")))).contains(id);
    assertThat(ids(json(node.get("/api/partners?inCircle=false&size=100")))).doesNotContain(id);

    // One partner per organisation; invalid contributions are named; the organisation stays.
    assertProblem(asEditor("POST", "/api/partners", "{\"organizationId\":" + org + "}"), 409);
    JsonObject invalid =
        assertProblem(
            asEditor(
                "POST",
                "/api/partners",
                "{\"organizationId\":"
                    + newOrganisation("Fondation")
                    + ",\"contributions\":[{\"kind\":\"GOLD\",\"description\":\"x\"},"
                    + "{\"kind\":\"MONEY\",\"description\":\"y\",\"amountEur\":-3}]}"),
            400);
    assertThat(fields(invalid))
        .containsExactly("contributions[0].kind", "contributions[1].amountEur");
    assertProblem(asEditor("POST", "/api/partners", "{\"organizationId\":999999}"), 400);
    assertProblem(asEditor("DELETE", "/api/organizations/" + org, ""), 409);
  }

  // --- projects --------------------------------------------------------------------------------

  @Test
  void aProjectWithTaxonomyKeysAndFseFunding() {
    long carrier = newOrganisation("Les Ateliers des Hauts");
    long partner = newOrganisation("Métropole Rouen Normandie");
    HttpResponse<String> created =
        asEditor("POST", "/api/projects", archibon(carrier, partner, "202003867", "fse"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject project = json(created);
    assertThat(project.getString("stage")).isEqualTo("emergence");
    assertThat(project.getString("status")).isEqualTo("ACTIVE");
    assertThat(project.getString("visibility")).isEqualTo("NODE_PUBLIC");
    assertThat(project.getJsonArray("themes").getString(0)).isEqualTo("food.access");
    JsonObject funding = project.getJsonArray("fundings").getJsonObject(0);
    assertThat(funding.getString("fseCode")).isEqualTo("202003867");
    assertThat(funding.getJsonNumber("amountEur").bigDecimalValue()).isEqualByComparingTo("67573");
    assertThat(funding.getJsonArray("cofunders")).hasSize(2);
    assertThat(project.getJsonObject("location").getString("code")).isEqualTo("76540");
    assertThat(json(node.get("/api/projects/" + id(project))).getString("title"))
        .isEqualTo("Itération vers ARCHIBON");

    long before = json(node.getAsAdmin("/api/projects")).getJsonNumber("totalItems").longValue();
    // An FSE code is 9 digits, and only on an fse line.
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST", "/api/projects", archibon(carrier, partner, "20200386", "fse")),
                    400)))
        .containsExactly("fundings[0].fseCode");
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST", "/api/projects", archibon(carrier, partner, "202003867", "feder")),
                    400)))
        .containsExactly("fundings[0].fseCode");
    // Unknown keys and organisations are named.
    JsonObject unknown =
        assertProblem(
            asEditor(
                "POST",
                "/api/projects",
                "{\"title\":\"X\",\"stage\":\"flying\",\"origin\":\"ACCELERATED_EXISTING\","
                    + "\"themes\":[\"food\",\"astrology\"],\"supportModes\":[\"magic\"]}"),
            400);
    assertThat(fields(unknown)).containsExactly("stage", "supportModes[0]", "themes[1]");
    assertThat(
            fields(
                assertProblem(
                    asEditor("POST", "/api/projects", archibon(999999, partner, null, "fse")),
                    400)))
        .containsExactly("carrierOrganizationId");
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST",
                        "/api/projects",
                        "{\"title\":\"X\",\"stage\":\"idea\",\"origin\":\"FROM_CHALLENGE\"}"),
                    400)))
        .containsExactly("originChallengeId");
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST",
                        "/api/projects",
                        "{\"title\":\"X\",\"stage\":\"idea\",\"origin\":\"FROM_CHALLENGE\","
                            + "\"originChallengeId\":999999}"),
                    400)))
        .containsExactly("originChallengeId");
    assertThat(json(node.getAsAdmin("/api/projects")).getJsonNumber("totalItems").longValue())
        .isEqualTo(before);
  }

  @Test
  void editsNeedTheCurrentVersionAndStagesMoveForward() {
    HttpResponse<String> created =
        asEditor("POST", "/api/projects", simple("Cantine partagée", "idea"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String etag = created.headers().firstValue("ETag").orElseThrow();
    long id = id(json(created));

    HttpResponse<String> edited =
        ifMatch("PUT", "/api/projects/" + id, simple("Cantine partagée du Jura", "idea"), etag);
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertProblem(ifMatch("PUT", "/api/projects/" + id, simple("Écrasé", "idea"), etag), 412);
    assertProblem(
        ifMatch("POST", "/api/projects/" + id + "/stage", "{\"to\":\"launched\"}", etag), 412);

    // Forward, skipping stages, is fine; back or the same stage is not, for an editor.
    assertThat(json(stage(id, "launched", false)).getString("stage")).isEqualTo("launched");
    JsonObject back = assertProblem(stage(id, "idea", false), 409);
    assertThat(back.getString("type")).isEqualTo("urn:essaim:problem:illegal-transition");
    assertProblem(stage(id, "launched", false), 409);
    assertProblem(stage(id, "flying", false), 400);
    // An administrator corrects a mistake.
    assertThat(json(stage(id, "creation", true)).getString("stage")).isEqualTo("creation");

    // Status: pause, resume, stop; nothing after STOPPED.
    assertThat(json(status(id, "PAUSED")).getString("status")).isEqualTo("PAUSED");
    assertThat(json(status(id, "STOPPED")).getString("status")).isEqualTo("STOPPED");
    assertProblem(status(id, "ACTIVE"), 409);
    assertProblem(status(id, "ASLEEP"), 400);
    assertThat(json(node.getAsAdmin("/api/projects/" + id)).getString("title"))
        .isEqualTo("Cantine partagée du Jura");
  }

  @Test
  void thePublicReadsOnlyNodePublicAndPublicProjects() {
    String word = "Zorglubienne";
    for (String visibility : List.of("PRIVATE", "NETWORK", "NODE_PUBLIC", "PUBLIC")) {
      HttpResponse<String> r =
          asEditor(
              "POST",
              "/api/projects",
              "{\"title\":\"Ressourcerie %s %s\",\"stage\":\"idea\",\"origin\":\"ACCELERATED_EXISTING\",\"visibility\":\"%s\"}"
                  .formatted(word, visibility, visibility));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
    JsonObject publicPage = json(node.get("/api/projects?q=" + word));
    assertThat(visibilities(publicPage)).containsExactlyInAnyOrder("NODE_PUBLIC", "PUBLIC");
    assertThat(publicPage.getInt("totalItems")).isEqualTo(2);
    JsonObject teamPage = json(node.getAsAdmin("/api/projects?q=" + word));
    assertThat(teamPage.getInt("totalItems")).isEqualTo(4);
    long hidden =
        teamPage.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getString("visibility").equals("NETWORK"))
            .map(ProjectApiIT::id)
            .findFirst()
            .orElseThrow();
    assertProblem(node.get("/api/projects/" + hidden), 404);
  }

  @Test
  void theAdministratorChoosesTheDefaultVisibilityOfNewProjects() {
    JsonObject defaults =
        Json.createReader(
                new java.io.StringReader(node.getAsAdmin("/api/visibility-defaults").body()))
            .readArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(d -> d.getString("kind").equals("project"))
            .findFirst()
            .orElseThrow();
    assertThat(defaults.getString("visibility")).isEqualTo("NODE_PUBLIC");
    assertThat(defaults.getInt("version")).isZero();

    // Editors read the policy but do not change it; the public does neither.
    assertThat(asEditor("GET", "/api/visibility-defaults/project", "").statusCode()).isEqualTo(200);
    assertProblem(node.get("/api/visibility-defaults"), 401);
    assertProblem(
        asEditor("PUT", "/api/visibility-defaults/project", "{\"visibility\":\"PRIVATE\"}"), 403);
    assertProblem(
        node.sendJsonAsAdmin(
            "PUT", "/api/visibility-defaults/dream", "{\"visibility\":\"PUBLIC\"}"),
        404);
    assertThat(
            fields(
                assertProblem(
                    node.sendJsonAsAdmin(
                        "PUT", "/api/visibility-defaults/project", "{\"visibility\":\"SECRET\"}"),
                    400)))
        .containsExactly("visibility");

    HttpResponse<String> chosen =
        asAdmin("PUT", "/api/visibility-defaults/project", "PRIVATE", "0");
    try {
      assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
      assertThat(json(chosen).getString("chosenBy")).isEqualTo("admin");
      // Another administrator still editing the built-in default is told it changed.
      assertProblem(asAdmin("PUT", "/api/visibility-defaults/project", "PUBLIC", "0"), 412);

      // A project created without a visibility is now PRIVATE: the public does not see it.
      long id =
          id(json(asEditor("POST", "/api/projects", simple("Conserverie Quixotique", "idea"))));
      assertThat(json(node.getAsAdmin("/api/projects/" + id)).getString("visibility"))
          .isEqualTo("PRIVATE");
      assertProblem(node.get("/api/projects/" + id), 404);
      // An update that leaves the visibility out keeps it; one that names it changes it.
      asEditor("PUT", "/api/projects/" + id, simple("Conserverie Quixotique bis", "idea"));
      assertThat(json(node.getAsAdmin("/api/projects/" + id)).getString("visibility"))
          .isEqualTo("PRIVATE");
      // Objects that exist keep theirs when the default changes again.
    } finally {
      String etag = chosen.headers().firstValue("ETag").orElse("*");
      HttpResponse<String> restored =
          asAdmin("PUT", "/api/visibility-defaults/project", "NODE_PUBLIC", etag);
      assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    }
    long later =
        id(json(asEditor("POST", "/api/projects", simple("Conserverie Quixotique ter", "idea"))));
    assertThat(node.get("/api/projects/" + later).statusCode()).isEqualTo(200);
  }

  @Test
  void paginationSortAndSearchWithAccents() {
    for (String title :
        List.of("Épicerie éphémère", "Atelier vélo éphémère", "Brasserie éphémère")) {
      assertThat(asEditor("POST", "/api/projects", simple(title, "launched")).statusCode())
          .isEqualTo(201);
    }
    // Written without accents, found with them; stemming finds the plural.
    JsonObject first = json(node.get("/api/projects?q=ephemeres&size=2&sort=title"));
    assertThat(first.getInt("totalItems")).isEqualTo(3);
    assertThat(first.getInt("totalPages")).isEqualTo(2);
    assertThat(titles(first)).containsExactly("Atelier vélo éphémère", "Brasserie éphémère");
    JsonObject second = json(node.get("/api/projects?q=ephemeres&size=2&page=2&sort=title"));
    assertThat(titles(second)).containsExactly("Épicerie éphémère");
    assertThat(titles(json(node.get("/api/projects?q=ephemere&size=1"))))
        .containsExactly("Brasserie éphémère");
    assertThat(
            json(node.get("/api/projects?q=ephemere&stage=launched&status=ACTIVE"))
                .getInt("totalItems"))
        .isEqualTo(3);
    assertThat(json(node.get("/api/projects?q=ephemere&theme=food")).getInt("totalItems"))
        .isEqualTo(3);
    assertThat(json(node.get("/api/projects?q=ephemere&theme=mobility")).getInt("totalItems"))
        .isZero();
    assertThat(fields(assertProblem(node.get("/api/projects?sort=price&theme=nope&size=0"), 400)))
        .containsExactly("size");
    assertThat(fields(assertProblem(node.get("/api/projects?sort=price&theme=nope"), 400)))
        .containsExactly("sort", "theme");
  }

  @Test
  void everyWriteNeedsCredentials() {
    for (String[] call :
        List.of(
            new String[] {"POST", "/api/organizations"},
            new String[] {"PUT", "/api/organizations/1"},
            new String[] {"DELETE", "/api/organizations/1"},
            new String[] {"POST", "/api/partners"},
            new String[] {"PUT", "/api/partners/1"},
            new String[] {"DELETE", "/api/partners/1"},
            new String[] {"POST", "/api/projects"},
            new String[] {"PUT", "/api/projects/1"},
            new String[] {"DELETE", "/api/projects/1"},
            new String[] {"POST", "/api/projects/1/stage"},
            new String[] {"POST", "/api/projects/1/status"})) {
      HttpResponse<String> response =
          send(
              node.http(),
              request(node.uri(call[1]))
                  .header("Content-Type", "application/json")
                  .method(call[0], BodyPublishers.ofString("{\"name\":\"x\"}"))
                  .build());
      assertProblem(response, 401);
    }
  }

  @Test
  void projectsAreDeletedAndDocumentedInOpenApi() {
    long id =
        id(json(asEditor("POST", "/api/projects", simple("Projet éphémère à supprimer", "idea"))));
    assertThat(asEditor("DELETE", "/api/projects/" + id, "").statusCode()).isEqualTo(204);
    assertProblem(node.getAsAdmin("/api/projects/" + id), 404);
    assertThat(node.get("/openapi").body())
        .contains(
            "/api/organizations/{id}",
            "/api/partners",
            "/api/projects/{id}/stage",
            "/api/projects/{id}/status",
            "Itération vers ARCHIBON",
            "Écopôles alimentaires");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static String organisation(String name, String siren) {
    return """
        {"name":"%s","legalForm":"association-1901","roles":["siae"],"foundedYear":2017,
         "presentation":"Son restaurant « Léo à Table » est une entreprise d'insertion.",
         "website":"https://ateliers.example","address":{"city":"Rouen","postalCode":"76000"},
         %s"visibility":"PUBLIC"}
        """
        .formatted(name, siren == null ? "" : "\"siren\":\"" + siren + "\",");
  }

  private static String archibon(long carrier, long partner, String fseCode, String instrument) {
    return """
        {"title":"Itération vers ARCHIBON","summary":"Un PTCE de l'alimentation durable.",
         "stage":"emergence","themes":["food.access","food.organic-local-sector","employment-inclusion"],
         "supportModes":["multi-actor-alliance"],"origin":"ACCELERATED_EXISTING",
         "carrierOrganizationId":%d,"legalForm":"association-1901","partnerOrganizationIds":[%d],
         "fundings":[{"instrument":"%s",%s"amountEur":67573,
           "periodStart":"2021-01-01","periodEnd":"2021-12-31",
           "cofunders":["Ville de Rouen","Agence nationale de la cohésion des territoires"]}],
         "impacts":[{"indicator":"jobs-created","value":8,"date":"2021-12-31"}],
         "location":{"code":"76540","label":"Rouen"},"pepite":true}
        """
        .formatted(
            carrier,
            partner,
            instrument,
            fseCode == null ? "" : "\"fseCode\":\"" + fseCode + "\",");
  }

  private static String simple(String title, String stage) {
    return "{\"title\":\"%s\",\"stage\":\"%s\",\"origin\":\"ACCELERATED_EXISTING\",\"themes\":[\"food.access\"]}"
        .formatted(title, stage);
  }

  private static long newOrganisation(String name) {
    HttpResponse<String> r = asEditor("POST", "/api/organizations", organisation(name, null));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return id(json(r));
  }

  private static String newSiren() {
    return "823456" + SIRENS.incrementAndGet();
  }

  private static HttpResponse<String> stage(long id, String to, boolean admin) {
    String body = "{\"to\":\"" + to + "\"}";
    return admin
        ? node.sendJsonAsAdmin("POST", "/api/projects/" + id + "/stage", body)
        : asEditor("POST", "/api/projects/" + id + "/stage", body);
  }

  private static HttpResponse<String> status(long id, String to) {
    return asEditor("POST", "/api/projects/" + id + "/status", "{\"to\":\"" + to + "\"}");
  }

  private static HttpResponse<String> asAdmin(
      String method, String path, String visibility, String etag) {
    return send(
        node.http(),
        node.jsonRequest(
                method,
                path,
                "{\"visibility\":\"" + visibility + "\"}",
                "admin",
                NodeProcess.ADMIN_PASSWORD)
            .header("If-Match", etag)
            .build());
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
        .map(ProjectApiIT::id)
        .toList();
  }

  private static List<String> titles(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(p -> p.getString("title"))
        .toList();
  }

  private static List<String> visibilities(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(p -> p.getString("visibility"))
        .toList();
  }

  private static List<String> fields(JsonObject problem) {
    return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
