// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.jsonld.DocumentLimits;
import org.essaim.federation.keys.Multikey;
import org.essaim.federation.proof.ObjectIntegrityProofs;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.AsValue;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.OpenData;
import org.essaim.federation.vocab.OrderedValues;
import org.essaim.node.testsupport.Eventually;
import org.essaim.node.testsupport.FederationAdmin;
import org.essaim.node.testsupport.HttpCalls;
import org.essaim.node.testsupport.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The aggregator's open data over real processes: a territory publishes PUBLIC, NETWORK and
 * NODE_PUBLIC objects, the aggregator (which registered and so follows it) exports only the PUBLIC
 * ones, as CSV that parses back and as JSON-LD whose objects still verify against the territory's
 * key; a Delete at the origin takes the row out; the territory node has no such endpoint. The tests
 * run in order and build on each other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenDataIT {

  static final Duration WAIT = Duration.ofSeconds(60);
  // A title a spreadsheet would evaluate, with a comma and quotes for RFC 4180.
  static final String PUBLIC_TITLE = "=HYPERLINK(\"http://x\"), épicerie \"mobile\"";
  static final String NETWORK_TITLE = "Projet du réseau seulement";
  static final String NODE_PUBLIC_TITLE = "Projet public du seul territoire";
  static final ActivityStreamsCodec CODEC =
      new ActivityStreamsCodec(new DocumentLimits(4 << 20, 64, 100_000, 10_000));

  static NodeProcess national;
  static NodeProcess lons;
  static FederationAdmin nationalAdmin;
  static FederationAdmin lonsAdmin;
  static String publicProject;
  static long publicProjectId;
  static String networkProject;
  static String nodePublicProject;
  static String sheet;
  static String solution;

  @BeforeAll
  static void startNetwork() {
    CompletableFuture<NodeProcess> n =
        CompletableFuture.supplyAsync(
            () ->
                NodeProcess.start(
                    "opendata-national",
                    Map.of("ESSAIM_NODE_MODE", "aggregator", "ESSAIM_TERRITORY_NAME", "Réseau")));
    CompletableFuture<NodeProcess> l =
        CompletableFuture.supplyAsync(
            () -> NodeProcess.start("opendata-lons", Map.of("ESSAIM_TERRITORY_NAME", "Lons (39)")));
    national = n.exceptionally(e -> null).join();
    lons = l.exceptionally(e -> null).join();
    if (national == null || lons == null) {
      stopNetwork();
      throw new IllegalStateException("a node did not start");
    }
    nationalAdmin = new FederationAdmin(national);
    lonsAdmin = new FederationAdmin(lons);
  }

  @AfterAll
  static void stopNetwork() {
    for (NodeProcess node : new NodeProcess[] {national, lons}) {
      if (node != null) {
        try {
          node.close();
        } catch (RuntimeException e) {
          System.err.println("Could not stop a node: " + e);
        }
      }
    }
  }

  @Test
  @Order(1)
  void onlyPublicObjectsAreExported() {
    nationalAdmin.policy("AUTOMATIC", "OPEN");
    lonsAdmin.policy("AUTOMATIC", "OPEN");
    HttpResponse<String> registered =
        national.sendJsonAsAdmin(
            "POST",
            "/api/admin/registry/territories",
            ("{\"actor\":\"%s\",\"name\":\"Pays Lédonien\",\"region\":\"Bourgogne-Franche-Comté\","
                    + "\"department\":\"Jura (39)\",\"country\":\"FR\","
                    + "\"labelStatus\":\"CANDIDATE\"}")
                .formatted(lonsAdmin.actor()));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    Eventually.until(
        "the aggregator following Lons",
        WAIT,
        () -> nationalAdmin.followState(lonsAdmin.actor(), "following").equals("ACCEPTED"));

    publicProjectId = project(PUBLIC_TITLE, "PUBLIC");
    publicProject = lons.uri("/objects/projects/" + publicProjectId).toString();
    networkProject = lons.uri("/objects/projects/" + project(NETWORK_TITLE, "NETWORK")).toString();
    nodePublicProject =
        lons.uri("/objects/projects/" + project(NODE_PUBLIC_TITLE, "NODE_PUBLIC")).toString();
    sheet = lons.uri("/objects/method-sheets/" + publishSheet()).toString();
    solution = lons.uri("/objects/solutions/" + publishSolution()).toString();

    Eventually.until(
        "the PUBLIC and NETWORK projects copied by the aggregator",
        WAIT,
        () ->
            nationalAdmin.copy("PROJECT", publicProject).isPresent()
                && nationalAdmin.copy("PROJECT", networkProject).isPresent());
    Eventually.until(
        "the sheet and the solution copied",
        WAIT,
        () ->
            !nationalAdmin.copies("METHOD_SHEET").isEmpty()
                && !nationalAdmin.copies("SOLUTION").isEmpty());

    HttpResponse<String> response = national.get("/api/open-data/projects.csv");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(
            t -> assertThat(t.replace(" ", "")).isEqualTo("text/csv;charset=utf-8"));
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"essaim-projects.csv\"");
    assertThat(response.body()).contains("\r\n").doesNotContain(NETWORK_TITLE);
    assertThat(response.body().replace("\r\n", "")).doesNotContain("\n");

    List<CSVRecord> rows = csv(response.body());
    assertThat(rows).extracting(r -> r.get("id")).containsExactly(publicProject);
    CSVRecord row = rows.get(0);
    assertThat(row.get("name")).isEqualTo("'" + PUBLIC_TITLE);
    assertThat(row.get("themes")).isEqualTo("food|mobility");
    assertThat(row.get("stage")).isEqualTo("idea");
    assertThat(row.get("territory_actor")).isEqualTo(lonsAdmin.actor());
    assertThat(row.get("territory_name")).isEqualTo("Pays Lédonien");
    assertThat(row.get("license")).isEqualTo("etalab-2.0");
    assertThat(row.get("received_at")).isNotBlank();
    assertThat(row.get("proof_verification_method")).isEqualTo(lonsAdmin.actor() + "#ed25519-key");
    assertThat(row.get("proof_value")).startsWith("z");
    assertThat(national.get("/api/open-data/projects.jsonld").body())
        .doesNotContain(NETWORK_TITLE)
        .doesNotContain(NODE_PUBLIC_TITLE);
  }

  @Test
  @Order(2)
  void theJsonLdReadsWithTheProtocolLibraryAndItsObjectsStillVerify() throws Exception {
    HttpResponse<String> response = national.get("/api/open-data/projects.jsonld");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/ld+json"));
    AsObject collection = CODEC.read(response.body().getBytes(StandardCharsets.UTF_8));
    assertThat(collection.hasType(As.ORDERED_COLLECTION)).isTrue();
    assertThat(collection.string(Essaim.LICENSE)).hasValue("etalab-2.0");
    List<AsObject> records = records(collection);
    assertThat(records).hasSize(1);
    AsObject record = records.get(0);
    assertThat(record.hasType(OpenData.RECORD)).isTrue();
    assertThat(record.reference(As.ATTRIBUTED_TO)).hasValue(URI.create(lonsAdmin.actor()));
    assertThat(record.instant(OpenData.RECEIVED)).isPresent();
    AsObject object = record.embedded(As.OBJECT).get(0);
    assertThat(object.id()).hasValue(URI.create(publicProject));
    assertThat(object.hasType(Essaim.PROJECT)).isTrue();

    // The object as published: its proof verifies with the territory's key.
    JsonObject raw =
        Json.createReader(new StringReader(response.body()))
            .readObject()
            .getJsonArray("orderedItems")
            .getJsonObject(0)
            .getJsonObject("object");
    assertThat(ObjectIntegrityProofs.verifyProof(raw, method -> key(method)).toString())
        .isEqualTo(lonsAdmin.actor() + "#ed25519-key");

    HttpResponse<String> sheets = national.get("/api/open-data/method-sheets.csv");
    List<CSVRecord> sheetRows = csv(sheets.body());
    assertThat(sheetRows).extracting(r -> r.get("id")).containsExactly(sheet);
    assertThat(sheetRows.get(0).get("license")).isEqualTo("CC-BY-SA-4.0");
    assertThat(sheetRows.get(0).get("method_steps")).isEqualTo("SUPPORT");
    AsObject sheetCollection =
        CODEC.read(national.get("/api/open-data/method-sheets.jsonld").body().getBytes(UTF8));
    assertThat(records(sheetCollection).get(0).string(Essaim.LICENSE)).hasValue("CC-BY-SA-4.0");

    List<CSVRecord> solutionRows = csv(national.get("/api/open-data/solutions.csv").body());
    assertThat(solutionRows).extracting(r -> r.get("id")).containsExactly(solution);
    assertThat(solutionRows.get(0).get("transfer_mode")).isEqualTo("OPEN_METHOD");
    assertThat(solutionRows.get(0).get("contact_organization")).isEqualTo("Ronalpia");
  }

  @Test
  @Order(3)
  void theTerritoryDirectoryAndTheCatalogue() {
    List<CSVRecord> territories = csv(national.get("/api/open-data/territories.csv").body());
    assertThat(territories).hasSize(1);
    assertThat(territories.get(0).get("actor")).isEqualTo(lonsAdmin.actor());
    assertThat(territories.get(0).get("name")).isEqualTo("Pays Lédonien");
    assertThat(territories.get(0).get("department")).isEqualTo("Jura (39)");
    assertThat(territories.get(0).get("label_status")).isEqualTo("CANDIDATE");
    AsObject directory =
        CODEC.read(national.get("/api/open-data/territories.jsonld").body().getBytes(UTF8));
    AsObject territory = records(directory).get(0).embedded(As.OBJECT).get(0);
    assertThat(territory.hasType(Essaim.TERRITORY)).isTrue();
    assertThat(territory.string(Essaim.LABEL_STATUS)).hasValue("CANDIDATE");

    HttpResponse<String> response = national.get("/api/open-data");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    AsObject catalogue = CODEC.read(response.body().getBytes(UTF8));
    assertThat(catalogue.hasType(OpenData.CATALOG)).isTrue();
    assertThat(catalogue.string(Essaim.LICENSE)).hasValue("etalab-2.0");
    assertThat(catalogue.reference(OpenData.LICENSE_DOCUMENT)).isPresent();
    List<AsObject> datasets = catalogue.embedded(OpenData.DATASET_PROPERTY);
    assertThat(datasets).hasSize(4);
    AsObject projects =
        datasets.stream()
            .filter(d -> d.id().orElseThrow().toString().endsWith("#projects"))
            .findFirst()
            .orElseThrow();
    assertThat(projects.integer(As.TOTAL_ITEMS)).hasValue(1L);
    assertThat(projects.instant(OpenData.MODIFIED)).isPresent();
    assertThat(projects.embedded(OpenData.DISTRIBUTION_PROPERTY))
        .extracting(d -> d.reference(OpenData.DOWNLOAD_URL).orElseThrow().toString())
        .containsExactlyInAnyOrder(
            national.uri("/api/open-data/projects.csv").toString(),
            national.uri("/api/open-data/projects.jsonld").toString());
    AsObject schema = projects.embedded(OpenData.TABLE_SCHEMA).get(0);
    List<String> documented =
        list(schema.values(OpenData.COLUMN_PROPERTY)).stream()
            .map(c -> ((AsObject) c).string(OpenData.COLUMN_NAME).orElseThrow())
            .toList();
    List<CSVRecord> rows = csv(national.get("/api/open-data/projects.csv").body());
    assertThat(documented).isEqualTo(rows.get(0).getParser().getHeaderNames());
  }

  @Test
  @Order(4)
  void aDeleteAtTheOriginTakesTheRowOut() {
    HttpResponse<String> deleted =
        lons.sendJsonAsAdmin("DELETE", "/api/projects/" + publicProjectId, "");
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
    Eventually.until(
        "the deleted project gone from the open data",
        WAIT,
        () -> csv(national.get("/api/open-data/projects.csv").body()).isEmpty());
    assertThat(national.get("/api/open-data/projects.jsonld").body()).doesNotContain(publicProject);
  }

  @Test
  @Order(5)
  void badNamesAndFormatsAndATerritoryNode() {
    for (String path :
        List.of(
            "/api/open-data/dreams.csv",
            "/api/open-data/projects.xml",
            "/api/open-data/projects")) {
      HttpResponse<String> response = national.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type"))
          .as(path)
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
    HttpResponse<String> notAcceptable =
        HttpCalls.send(
            national.http(),
            HttpCalls.request(national.uri("/api/open-data/projects.csv"))
                .header("Accept", "application/json")
                .GET()
                .build());
    assertThat(notAcceptable.statusCode()).isEqualTo(406);
    assertThat(notAcceptable.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

    for (String path :
        List.of(
            "/api/open-data", "/api/open-data/projects.csv", "/api/open-data/projects.jsonld")) {
      HttpResponse<String> response = lons.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
    assertThat(lons.get("/openapi?format=JSON").body()).doesNotContain("/open-data/{dataset}");
    assertThat(national.get("/openapi?format=JSON").body())
        .contains("/open-data/{dataset}.csv", "/open-data/{dataset}.jsonld");
  }

  // --- helpers ----------------------------------------------------------------------------------

  static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  static long project(String title, String visibility) {
    HttpResponse<String> created =
        lons.sendJsonAsAdmin(
            "POST",
            "/api/projects",
            Json.createObjectBuilder()
                .add("title", title)
                .add("summary", "Un projet, avec une virgule")
                .add("stage", "idea")
                .add("origin", "ACCELERATED_EXISTING")
                .add("themes", Json.createArrayBuilder().add("food").add("mobility"))
                .add("visibility", visibility)
                .build()
                .toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  static long publishSheet() {
    HttpResponse<String> created =
        lons.sendJsonAsAdmin(
            "POST",
            "/api/method-sheets",
            "{\"title\":\"Animer une soirée de créativité\",\"bodyMarkdown\":\"## Préparer\","
                + "\"methodSteps\":[\"SUPPORT\"],\"licence\":\"CC-BY-SA-4.0\","
                + "\"visibility\":\"PUBLIC\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = json(created).getJsonNumber("id").longValue();
    transition("/api/method-sheets/" + id, "IN_REVIEW");
    transition("/api/method-sheets/" + id, "PUBLISHED");
    return id;
  }

  static long publishSolution() {
    // NETWORK: the projects dataset holds the one PUBLIC project only.
    long source = project("Lance-toi !", "NETWORK");
    HttpResponse<String> organisation =
        lons.sendJsonAsAdmin(
            "POST", "/api/organizations", "{\"name\":\"Ronalpia\",\"visibility\":\"PUBLIC\"}");
    assertThat(organisation.statusCode()).as(organisation.body()).isEqualTo(201);
    HttpResponse<String> created =
        lons.sendJsonAsAdmin(
            "POST",
            "/api/transferable-solutions",
            ("{\"projectId\":%d,\"transferMode\":\"OPEN_METHOD\",\"contactOrganizationId\":%d,"
                    + "\"visibility\":\"PUBLIC\"}")
                .formatted(source, json(organisation).getJsonNumber("id").longValue()));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = json(created).getJsonNumber("id").longValue();
    transition("/api/transferable-solutions/" + id, "PUBLISHED");
    return id;
  }

  static void transition(String path, String to) {
    HttpResponse<String> moved =
        lons.sendJsonAsAdmin("POST", path + "/transitions", "{\"to\":\"" + to + "\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
  }

  static List<CSVRecord> csv(String text) {
    try {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(new StringReader(text))
          .getRecords();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<AsObject> records(AsObject collection) {
    return list(collection.values(As.ITEMS)).stream().map(AsObject.class::cast).toList();
  }

  static List<AsValue> list(List<AsValue> values) {
    return values.size() == 1 && values.get(0) instanceof OrderedValues ordered
        ? ordered.values()
        : values;
  }

  static PublicKey key(URI method) {
    HttpResponse<String> actor =
        HttpCalls.send(
            lons.http(),
            HttpCalls.request(URI.create(lonsAdmin.actor()))
                .header("Accept", "application/activity+json")
                .GET()
                .build());
    return new Actor(CODEC.read(actor.body().getBytes(UTF8)))
        .assertionMethods().stream()
            .filter(m -> m.id().equals(method))
            .findFirst()
            .map(m -> Multikey.decodePublicKey(m.publicKeyMultibase()))
            .orElseThrow();
  }
}
