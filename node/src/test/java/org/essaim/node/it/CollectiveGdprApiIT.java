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
import java.util.concurrent.atomic.AtomicInteger;
import org.essaim.node.testsupport.NodeProcess;
import org.essaim.node.testsupport.SharedNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Project collectives and their members, accompaniments, consent records and the GDPR export and
 * erasure on one real node. Tests share the node, so each uses names and addresses of its own.
 */
class CollectiveGdprApiIT {

  private static final String EDITOR = "animateur";
  private static final String EDITOR_PASSWORD = "animateur-secret";
  private static final String NO_ROLE = "ancienne-benevole";
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  static NodeProcess node;

  @BeforeAll
  static void useTheSharedNode() throws Exception {
    node = SharedNode.territory();
    node.createAccount(EDITOR, EDITOR_PASSWORD, "editor");
    // An account whose roles were all taken away: signed in, allowed nothing.
    node.createAccountWithoutRole(NO_ROLE, EDITOR);
  }

  // --- collectives -----------------------------------------------------------------------------

  @Test
  void aCollectiveFormsWithPeopleAndOrganisationsAndThePublicSeesOnlyCounts() {
    long project = newProject("Épicerie solidaire du bourg", "NODE_PUBLIC");
    long publicOrg = newOrganisation("Association Bourg Vivant", "PUBLIC");
    long privateOrg = newOrganisation("Collectif discret", "PRIVATE");
    String base = "/api/projects/" + project + "/collective";

    assertProblem(asEditor("GET", base, null), 404);
    assertThat(fields(assertProblem(asEditor("POST", base, "{\"governance\":\"MONARCHY\"}"), 400)))
        .containsExactly("governance");
    assertThat(fields(assertProblem(asEditor("POST", base, "{}"), 400)))
        .containsExactly("governance");
    HttpResponse<String> created = asEditor("POST", base, "{\"governance\":\"INFORMAL\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String etag = created.headers().firstValue("ETag").orElseThrow();
    assertThat(json(created).getString("status")).isEqualTo("FORMING");
    assertProblem(asEditor("POST", base, "{\"governance\":\"INFORMAL\"}"), 409);

    // Governance changes with the current version only.
    HttpResponse<String> governed = ifMatch("PUT", base, "{\"governance\":\"ASSOCIATION\"}", etag);
    assertThat(governed.statusCode()).as(governed.body()).isEqualTo(200);
    assertProblem(ifMatch("PUT", base, "{\"governance\":\"SCIC_COLLEGES\"}", etag), 412);
    assertProblem(ifMatch("POST", base + "/status", "{\"to\":\"ACTIVE\"}", etag), 412);

    // FORMING → STRUCTURED skips ACTIVE: 409 with an explanation.
    JsonObject illegal =
        assertProblem(asEditor("POST", base + "/status", "{\"to\":\"STRUCTURED\"}"), 409);
    assertThat(illegal.getString("type")).isEqualTo("urn:essaim:problem:illegal-transition");
    assertThat(illegal.getString("detail")).contains("FORMING", "ACTIVE");
    assertProblem(asEditor("POST", base + "/status", "{\"to\":\"ASLEEP\"}"), 400);
    assertThat(json(asEditor("POST", base + "/status", "{\"to\":\"ACTIVE\"}")).getString("status"))
        .isEqualTo("ACTIVE");

    // Members: a person with consented contact details, a person by name only, two organisations.
    HttpResponse<String> camille =
        asEditor(
            "POST",
            base + "/members",
            "{\"displayName\":\"Camille Porteuse\",\"email\":\" Camille.Porteuse@Example.org \","
                + "\"phone\":\"06 12 34 56 78\",\"contactConsent\":true,\"role\":\"PORTEUR\","
                + "\"joinedOn\":\"2024-11-07\"}");
    assertThat(camille.statusCode()).as(camille.body()).isEqualTo(201);
    assertThat(json(camille).getString("email")).isEqualTo("camille.porteuse@example.org");
    assertThat(json(camille).containsKey("contactConsent")).isFalse();
    long camilleId = json(camille).getJsonNumber("id").longValue();
    assertThat(
            member(base, "{\"displayName\":\"Dominique Bénévole\",\"role\":\"BENEVOLE\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            member(base, "{\"organizationId\":" + publicOrg + ",\"role\":\"PARTENAIRE\"}")
                .statusCode())
        .isEqualTo(201);
    HttpResponse<String> privateMember =
        member(base, "{\"organizationId\":" + privateOrg + ",\"role\":\"PARTENAIRE\"}");
    assertThat(json(privateMember).getString("organizationName")).isEqualTo("Collectif discret");

    // Invalid members: nothing stored, every field named.
    assertThat(
            fields(
                assertProblem(
                    member(
                        base,
                        "{\"displayName\":\"Sans accord\",\"phone\":\"06 00 00 00 00\","
                            + "\"role\":\"HABITANT\"}"),
                    400)))
        .containsExactly("contactConsent");
    assertThat(
            fields(
                assertProblem(
                    member(base, "{\"displayName\":\"X\",\"role\":\"CHEF\",\"joinedOn\":\"hier\"}"),
                    400)))
        .containsExactly("joinedOn", "role");
    assertThat(
            fields(
                assertProblem(
                    member(base, "{\"organizationId\":999999,\"role\":\"PARTENAIRE\"}"), 400)))
        .containsExactly("organizationId");
    assertThat(fields(assertProblem(member(base, "{\"role\":\"HABITANT\"}"), 400)))
        .containsExactly("displayName");

    // Pagination, filter and sort of the members (team only).
    JsonObject first = json(asEditor("GET", base + "/members?size=3", null));
    assertThat(first.getInt("totalItems")).isEqualTo(4);
    assertThat(first.getInt("totalPages")).isEqualTo(2);
    assertThat(first.getJsonArray("items")).hasSize(3);
    assertThat(json(asEditor("GET", base + "/members?size=3&page=2", null)).getJsonArray("items"))
        .hasSize(1);
    assertThat(json(asEditor("GET", base + "/members?role=partenaire", null)).getInt("totalItems"))
        .isEqualTo(2);
    JsonObject byName = json(asEditor("GET", base + "/members?sort=displayName", null));
    assertThat(byName.getJsonArray("items").getJsonObject(0).getString("displayName"))
        .isEqualTo("Camille Porteuse");
    assertThat(fields(assertProblem(asEditor("GET", base + "/members?role=x&sort=age", null), 400)))
        .containsExactly("role", "sort");
    assertThat(json(asEditor("GET", base, null)).getInt("memberCount")).isEqualTo(4);

    // The public project page: the count and the public organisation, never a person.
    HttpResponse<String> publicRead = node.get("/api/projects/" + project);
    JsonObject summary = json(publicRead).getJsonObject("collective");
    assertThat(summary.getInt("memberCount")).isEqualTo(4);
    assertThat(summary.getString("status")).isEqualTo("ACTIVE");
    assertThat(summary.getJsonArray("organizations")).hasSize(1);
    assertThat(summary.getJsonArray("organizations").getJsonObject(0).getString("name"))
        .isEqualTo("Association Bourg Vivant");
    assertThat(publicRead.body())
        .doesNotContain("Camille", "camille", "06 12", "Dominique", "Collectif discret");
    assertThat(
            json(node.getAsAdmin("/api/projects/" + project))
                .getJsonObject("collective")
                .getJsonArray("organizations"))
        .hasSize(2);
    assertProblem(node.get(base), 401);
    assertProblem(node.get(base + "/members"), 401);
    assertProblem(node.get(base + "/members/" + camilleId), 401);

    // Removing a member; nobody joins a dissolved collective.
    assertThat(asEditor("DELETE", base + "/members/" + camilleId, null).statusCode())
        .isEqualTo(204);
    assertProblem(asEditor("GET", base + "/members/" + camilleId, null), 404);
    assertThat(
            json(asEditor("POST", base + "/status", "{\"to\":\"DISSOLVED\"}")).getString("status"))
        .isEqualTo("DISSOLVED");
    assertProblem(member(base, "{\"displayName\":\"Trop tard\",\"role\":\"HABITANT\"}"), 409);
    assertProblem(asEditor("POST", base + "/status", "{\"to\":\"ACTIVE\"}"), 409);
    // An organisation member may not be deleted from the directory.
    assertProblem(asEditor("DELETE", "/api/organizations/" + publicOrg, null), 409);
    assertProblem(asEditor("GET", "/api/projects/999999/collective", null), 404);
  }

  // --- accompaniments --------------------------------------------------------------------------

  @Test
  void accompanimentsArePrivateWithMilestonesAndOutcomes() {
    long project = newProject("Garage solidaire", "PUBLIC");
    long incubator = newOrganisation("Incubateur du Pays", "PUBLIC");
    String base = "/api/projects/" + project + "/accompaniments";

    HttpResponse<String> created =
        asEditor(
            "POST",
            base,
            """
            {"programmeName":"Idéateur","format":"PREINCUBATION","providerOrganizationId":%d,
             "startDate":"2024-11-07",
             "milestones":[{"kind":"ROADMAP","dueOn":"2025-01-31","doneOn":"2025-01-28"},
                           {"kind":"BUSINESS_MODEL","dueOn":"2025-04-30"}],
             "notes":"Collectif solide ; chercher un local."}
            """
                .formatted(incubator));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject accompaniment = json(created);
    long id = accompaniment.getJsonNumber("id").longValue();
    String etag = created.headers().firstValue("ETag").orElseThrow();
    assertThat(accompaniment.getString("providerName")).isEqualTo("Incubateur du Pays");
    assertThat(accompaniment.getJsonArray("milestones")).hasSize(2);
    assertThat(accompaniment.getJsonArray("milestones").getJsonObject(0).getString("doneOn"))
        .isEqualTo("2025-01-28");

    // The outcome, once the accompaniment ended; a stale version is refused.
    HttpResponse<String> ended =
        ifMatch(
            "PUT",
            base + "/" + id,
            "{\"programmeName\":\"Idéateur\",\"format\":\"PREINCUBATION\","
                + "\"startDate\":\"2024-11-07\",\"endDate\":\"2025-06-30\","
                + "\"outcome\":\"CONTINUES_IN\",\"continuesIn\":\"Incubateur ID Cube\"}",
            etag);
    assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
    assertThat(json(ended).getString("outcome")).isEqualTo("CONTINUES_IN");
    assertProblem(
        ifMatch(
            "PUT",
            base + "/" + id,
            "{\"programmeName\":\"X\",\"format\":\"CAE\",\"startDate\":\"2024-11-07\"}",
            etag),
        412);

    // Invalid plans: every field named, nothing stored.
    JsonObject invalid =
        assertProblem(
            asEditor(
                "POST",
                base,
                "{\"programmeName\":\" \",\"format\":\"BOOTCAMP\",\"startDate\":\"demain\","
                    + "\"milestones\":[{\"kind\":\"PARTY\"},{\"dueOn\":\"2025-13-01\"}]}"),
            400);
    assertThat(fields(invalid))
        .containsExactly(
            "format",
            "milestones[0].kind",
            "milestones[1].dueOn",
            "milestones[1].kind",
            "programmeName",
            "startDate");
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST",
                        base,
                        "{\"programmeName\":\"P\",\"format\":\"CAE\",\"startDate\":\"2024-11-07\","
                            + "\"outcome\":\"LAUNCHED\"}"),
                    400)))
        .containsExactly("endDate");
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST",
                        base,
                        "{\"programmeName\":\"P\",\"format\":\"CAE\",\"startDate\":\"2024-11-07\","
                            + "\"providerOrganizationId\":999999}"),
                    400)))
        .containsExactly("providerOrganizationId");

    // A second one; pagination, filter and sort.
    assertThat(
            asEditor(
                    "POST",
                    base,
                    "{\"programmeName\":\"Coaching solidaire AccSol\",\"format\":\"COACHING\","
                        + "\"startDate\":\"2025-09-01\"}")
                .statusCode())
        .isEqualTo(201);
    JsonObject page = json(asEditor("GET", base + "?size=1", null));
    assertThat(page.getInt("totalItems")).isEqualTo(2);
    assertThat(page.getInt("totalPages")).isEqualTo(2);
    assertThat(page.getJsonArray("items").getJsonObject(0).getString("format"))
        .isEqualTo("COACHING");
    assertThat(
            json(asEditor("GET", base + "?size=1&sort=startDate", null))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("format"))
        .isEqualTo("PREINCUBATION");
    assertThat(json(asEditor("GET", base + "?outcome=CONTINUES_IN", null)).getInt("totalItems"))
        .isEqualTo(1);
    assertThat(json(asEditor("GET", base + "?format=CAE", null)).getInt("totalItems")).isZero();
    assertThat(fields(assertProblem(asEditor("GET", base + "?format=x&sort=y", null), 400)))
        .containsExactly("format", "sort");

    // PRIVATE: the public reads nothing of it, not even on the public project.
    assertProblem(node.get(base), 401);
    assertProblem(node.get(base + "/" + id), 401);
    assertThat(node.get("/api/projects/" + project).body()).doesNotContain("Idéateur", "AccSol");
    assertProblem(
        asEditor(
            "GET",
            "/api/projects/" + newProject("Autre", "PUBLIC") + "/accompaniments/" + id,
            null),
        404);

    assertThat(asEditor("DELETE", base + "/" + id, null).statusCode()).isEqualTo(204);
    assertProblem(asEditor("GET", base + "/" + id, null), 404);
  }

  // --- consent records and GDPR ----------------------------------------------------------------

  @Test
  void exportThenEraseEverythingAboutAnAddressAndNothingElse() {
    long campaign = collectingCampaign("Rêves du plateau");
    long first = publishedDream(campaign, "Un café associatif au bourg", "Lea.Martin@Example.org");
    long second = publishedDream(campaign, "Des jardins partagés", " lea.martin@example.org");
    long other = publishedDream(campaign, "Une navette vers la gare", "noe@example.org");
    long challenge = createChallenge(campaign, "Se retrouver au bourg");
    assertThat(group(challenge, first).statusCode()).isBetween(200, 204);
    assertThat(group(challenge, other).statusCode()).isBetween(200, 204);
    long project = newProject("Café du bourg", "PUBLIC");
    String collective = "/api/projects/" + project + "/collective";
    assertThat(asEditor("POST", collective, "{\"governance\":\"INFORMAL\"}").statusCode())
        .isEqualTo(201);
    assertThat(
            member(
                    collective,
                    "{\"displayName\":\"Léa M.\",\"email\":\"LEA.MARTIN@example.org\","
                        + "\"contactConsent\":true,\"role\":\"PORTEUR\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            member(
                    collective,
                    "{\"displayName\":\"Noé\",\"email\":\"noe@example.org\","
                        + "\"contactConsent\":true,\"role\":\"HABITANT\"}")
                .statusCode())
        .isEqualTo(201);

    // Only administrators; the address travels in the body.
    assertProblem(asEditor("POST", "/api/gdpr/exports", subject("lea.martin@example.org")), 403);
    assertProblem(asEditor("POST", "/api/gdpr/erasures", subject("lea.martin@example.org")), 403);
    assertProblem(anonymous("POST", "/api/gdpr/exports", subject("lea.martin@example.org")), 401);
    assertProblem(anonymous("POST", "/api/gdpr/erasures", subject("lea.martin@example.org")), 401);
    assertThat(fields(assertProblem(asAdmin("/api/gdpr/exports", "{\"email\":\"lea@\"}"), 400)))
        .containsExactly("email");
    assertThat(fields(assertProblem(asAdmin("/api/gdpr/erasures", "{}"), 400)))
        .containsExactly("email");

    // The export has every kind: dreams with their text and défis, memberships, consents.
    HttpResponse<String> exported = asAdmin("/api/gdpr/exports", subject("Lea.Martin@example.ORG"));
    assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
    assertThat(exported.headers().firstValue("Cache-Control")).contains("no-store");
    JsonObject export = json(exported);
    assertThat(export.getString("email")).isEqualTo("lea.martin@example.org");
    assertThat(export.getJsonArray("dreams")).hasSize(2);
    JsonObject dream = export.getJsonArray("dreams").getJsonObject(0);
    assertThat(dream.getJsonNumber("id").longValue()).isEqualTo(first);
    assertThat(dream.getString("text")).isEqualTo("Un café associatif au bourg");
    assertThat(dream.getJsonArray("challengeIds").getJsonNumber(0).longValue())
        .isEqualTo(challenge);
    assertThat(export.getJsonArray("memberships")).hasSize(1);
    assertThat(
            export
                .getJsonArray("memberships")
                .getJsonObject(0)
                .getJsonNumber("projectId")
                .longValue())
        .isEqualTo(project);
    List<String> purposes =
        export.getJsonArray("consents").getValuesAs(JsonObject.class).stream()
            .map(c -> c.getString("purpose"))
            .toList();
    assertThat(purposes)
        .containsExactlyInAnyOrder("DREAM_CONTACT", "DREAM_CONTACT", "COLLECTIVE_CONTACT");
    JsonObject consent = export.getJsonArray("consents").getJsonObject(0);
    assertThat(consent.getString("wordingText")).startsWith("J'accepte");
    assertThat(consent.getString("source")).isEqualTo("DREAM");
    assertThat(consent.getJsonNumber("sourceId").longValue()).isEqualTo(first);

    // An unknown address: the same shape, empty.
    assertEmptyExport("personne@example.org");

    // Erasure: counts, then nothing is left; the other contributor keeps everything.
    HttpResponse<String> erased = asAdmin("/api/gdpr/erasures", subject("lea.martin@example.org"));
    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
    JsonObject report = json(erased);
    assertThat(report.getInt("dreams")).isEqualTo(2);
    assertThat(report.getInt("challengeLinks")).isEqualTo(1);
    assertThat(report.getInt("memberships")).isEqualTo(1);
    assertThat(report.getInt("consentRecords")).isEqualTo(3);
    assertThat(report.getJsonArray("previousErasures")).isEmpty();
    assertEmptyExport("lea.martin@example.org");
    assertProblem(asEditor("GET", "/api/moderation/dreams/" + first, null), 404);
    assertProblem(asEditor("GET", "/api/moderation/dreams/" + second, null), 404);

    JsonObject kept = json(asAdmin("/api/gdpr/exports", subject("noe@example.org")));
    assertThat(kept.getJsonArray("dreams")).hasSize(1);
    assertThat(
            kept.getJsonArray("dreams")
                .getJsonObject(0)
                .getJsonArray("challengeIds")
                .getJsonNumber(0)
                .longValue())
        .isEqualTo(challenge);
    assertThat(kept.getJsonArray("memberships")).hasSize(1);
    assertThat(kept.getJsonArray("consents")).hasSize(2);
    JsonObject defi = json(asEditor("GET", "/api/challenges/" + challenge, null));
    assertThat(defi.getString("title")).isEqualTo("Se retrouver au bourg");
    assertThat(defi.getJsonArray("dreams")).hasSize(1);
    assertThat(json(asEditor("GET", collective, null)).getInt("memberCount")).isEqualTo(1);

    // A repeated request is recognised without the node keeping the address.
    JsonObject again = json(asAdmin("/api/gdpr/erasures", subject(" LEA.MARTIN@example.org")));
    assertThat(again.getInt("dreams")).isZero();
    assertThat(again.getInt("consentRecords")).isZero();
    assertThat(again.getJsonArray("previousErasures")).hasSize(1);
    assertThat(
            json(asAdmin("/api/gdpr/erasures", subject("personne@example.org")))
                .getJsonArray("previousErasures"))
        .isEmpty();
  }

  @Test
  void everyWriteNeedsTheTeamAndTheOpenApiDocumentsIt() {
    for (String[] call :
        List.of(
            new String[] {"POST", "/api/projects/1/collective"},
            new String[] {"PUT", "/api/projects/1/collective"},
            new String[] {"POST", "/api/projects/1/collective/status"},
            new String[] {"POST", "/api/projects/1/collective/members"},
            new String[] {"DELETE", "/api/projects/1/collective/members/1"},
            new String[] {"POST", "/api/projects/1/accompaniments"},
            new String[] {"PUT", "/api/projects/1/accompaniments/1"},
            new String[] {"DELETE", "/api/projects/1/accompaniments/1"},
            new String[] {"POST", "/api/gdpr/exports"},
            new String[] {"POST", "/api/gdpr/erasures"})) {
      assertProblem(anonymous(call[0], call[1], "{\"email\":\"x@example.org\"}"), 401);
      assertProblem(
          node.sendJson(
              call[0], call[1], "{\"email\":\"x@example.org\"}", NO_ROLE, EDITOR_PASSWORD),
          403);
    }
    // Reads of members and accompaniments are for the team too.
    assertProblem(
        node.sendJson("GET", "/api/projects/1/collective/members", "", NO_ROLE, EDITOR_PASSWORD),
        403);
    assertProblem(
        node.sendJson("GET", "/api/projects/1/accompaniments", "", NO_ROLE, EDITOR_PASSWORD), 403);
    assertThat(node.get("/openapi").body())
        .contains(
            "/api/projects/{projectId}/collective/members",
            "/api/projects/{projectId}/accompaniments/{id}",
            "/api/gdpr/exports",
            "/api/gdpr/erasures",
            "Idéateur TAg35");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static void assertEmptyExport(String email) {
    HttpResponse<String> response = asAdmin("/api/gdpr/exports", subject(email));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject export = json(response);
    assertThat(export.getJsonArray("dreams")).isEmpty();
    assertThat(export.getJsonArray("memberships")).isEmpty();
    assertThat(export.getJsonArray("consents")).isEmpty();
  }

  private static String subject(String email) {
    return "{\"email\":\"" + email + "\"}";
  }

  private static long newProject(String title, String visibility) {
    HttpResponse<String> r =
        asEditor(
            "POST",
            "/api/projects",
            "{\"title\":\"%s\",\"stage\":\"idea\",\"origin\":\"ACCELERATED_EXISTING\",\"visibility\":\"%s\"}"
                .formatted(title, visibility));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r).getJsonNumber("id").longValue();
  }

  private static long newOrganisation(String name, String visibility) {
    HttpResponse<String> r =
        asEditor(
            "POST",
            "/api/organizations",
            "{\"name\":\"%s\",\"visibility\":\"%s\"}".formatted(name, visibility));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r).getJsonNumber("id").longValue();
  }

  private static long collectingCampaign(String name) {
    HttpResponse<String> created =
        asEditor(
            "POST",
            "/api/campaigns",
            "{\"name\":\"%s\",\"localBrandName\":\"Crépîte\",\"startDate\":\"2024-06-01\"}"
                .formatted(name));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = json(created).getJsonNumber("id").longValue();
    HttpResponse<String> moved =
        asEditor("POST", "/api/campaigns/" + id + "/transitions", "{\"to\":\"COLLECTING_DREAMS\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    return id;
  }

  /** Submits a dream anonymously with a consented contact, publishes it, returns its id. */
  private static long publishedDream(long campaign, String text, String email) {
    HttpResponse<String> response =
        send(
            node.http(),
            request(node.uri("/api/campaigns/" + campaign + "/dreams"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "203.0.113." + ADDRESSES.incrementAndGet())
                .POST(
                    BodyPublishers.ofString(
                        "{\"text\":\"%s\",\"contributorType\":\"INHABITANT\",\"ageBand\":\"26_64\",\"contactEmail\":\"%s\",\"contactConsent\":true}"
                            .formatted(text, email)))
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    long id =
        json(asEditor("GET", "/api/moderation/dreams?campaign=" + campaign + "&size=100", null))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(d -> d.getString("text").equals(text))
            .mapToLong(d -> d.getJsonNumber("id").longValue())
            .findFirst()
            .orElseThrow();
    HttpResponse<String> published =
        asEditor("POST", "/api/moderation/dreams/" + id + "/transitions", "{\"to\":\"PUBLISHED\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    return id;
  }

  private static long createChallenge(long campaign, String title) {
    HttpResponse<String> created =
        asEditor(
            "POST",
            "/api/challenges",
            "{\"campaignId\":%d,\"title\":\"%s\",\"statement\":\"Comment se retrouver au bourg ?\",\"themes\":[\"food.access\"]}"
                .formatted(campaign, title));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  private static HttpResponse<String> group(long challenge, long dream) {
    return asEditor("PUT", "/api/challenges/" + challenge + "/dreams/" + dream, null);
  }

  private static HttpResponse<String> member(String collective, String body) {
    return asEditor("POST", collective + "/members", body);
  }

  private static HttpResponse<String> asEditor(String method, String path, String body) {
    if (body == null) {
      return send(
          node.http(),
          node.jsonRequest(method, path, "", EDITOR, EDITOR_PASSWORD)
              .method(method, BodyPublishers.noBody())
              .build());
    }
    return node.sendJson(method, path, body, EDITOR, EDITOR_PASSWORD);
  }

  private static HttpResponse<String> asAdmin(String path, String body) {
    return node.sendJsonAsAdmin("POST", path, body);
  }

  private static HttpResponse<String> anonymous(String method, String path, String body) {
    return send(
        node.http(),
        request(node.uri(path))
            .header("Content-Type", "application/json")
            .method(method, BodyPublishers.ofString(body))
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

  private static List<String> fields(JsonObject problem) {
    return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }
}
