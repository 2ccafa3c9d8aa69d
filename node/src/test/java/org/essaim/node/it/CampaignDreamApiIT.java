// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.it.TerritoryApiIT.assertProblem;
import static org.essaim.node.testsupport.HttpCalls.json;
import static org.essaim.node.testsupport.HttpCalls.request;
import static org.essaim.node.testsupport.HttpCalls.send;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
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
 * Campaigns and dreams on one real node: the team's campaign lifecycle, anonymous dream submissions
 * with their consent and anti-spam rules, moderation, and what the public reads.
 *
 * <p>The node trusts X-Forwarded-For, so each test submits from its own made-up address and the
 * rate limit of one test does not spill into another.
 */
class CampaignDreamApiIT {

  private static final String EDITOR = "equipe-coeur";
  private static final String EDITOR_PASSWORD = "equipe-coeur-secret";
  private static final String NO_ROLE = "ancien-membre";
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  static NodeProcess node;

  @BeforeAll
  static void useTheSharedNode() throws Exception {
    node = SharedNode.territory();
    node.createAccount(EDITOR, EDITOR_PASSWORD, "editor");
    // An account whose roles were all taken away: signed in, allowed nothing.
    node.createAccountWithoutRole(NO_ROLE, EDITOR);
  }

  // --- campaigns -------------------------------------------------------------------------------

  @Test
  void editorCreatesDescribesAndMovesACampaignWithETags() {
    HttpResponse<String> created = asEditor("POST", "/api/campaigns", crepite("Crépîte 2024"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).isPresent();
    String etag = created.headers().firstValue("ETag").orElseThrow();
    JsonObject campaign = json(created);
    long id = campaign.getJsonNumber("id").longValue();
    assertThat(campaign.getString("state")).isEqualTo("PLANNED");
    assertThat(campaign.getString("subTerritory")).isEqualTo("Lons-le-Saunier");

    // PLANNED is a draft: hidden from the public, visible to the team.
    assertProblem(node.get("/api/campaigns/" + id), 404);
    assertThat(ids(json(node.get("/api/campaigns?size=100")))).doesNotContain(id);
    assertThat(node.getAsAdmin("/api/campaigns/" + id).statusCode()).isEqualTo(200);

    // Edit with the fresh ETag, then a stale one is refused and changes nothing.
    HttpResponse<String> renamed =
        send(
            node.http(),
            node.jsonRequest(
                    "PUT", "/api/campaigns/" + id, crepite("Crépîte 2025"), EDITOR, EDITOR_PASSWORD)
                .header("If-Match", etag)
                .build());
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertThat(renamed.headers().firstValue("ETag")).isPresent().isNotEqualTo(etag);
    HttpResponse<String> stale =
        send(
            node.http(),
            node.jsonRequest(
                    "PUT", "/api/campaigns/" + id, crepite("Écrasé"), EDITOR, EDITOR_PASSWORD)
                .header("If-Match", etag)
                .build());
    JsonObject problem = assertProblem(stale, 412);
    assertThat(problem.getString("type")).isEqualTo("urn:essaim:problem:stale-version");
    HttpResponse<String> staleTransition =
        send(
            node.http(),
            node.jsonRequest(
                    "POST",
                    "/api/campaigns/" + id + "/transitions",
                    "{\"to\":\"COLLECTING_DREAMS\"}",
                    EDITOR,
                    EDITOR_PASSWORD)
                .header("If-Match", etag)
                .build());
    assertProblem(staleTransition, 412);
    assertThat(json(node.getAsAdmin("/api/campaigns/" + id)).getString("name"))
        .isEqualTo("Crépîte 2025");

    // One step at a time; an illegal step explains the allowed ones.
    JsonObject illegal = assertProblem(transition(id, "CLOSED"), 409);
    assertThat(illegal.getString("type")).isEqualTo("urn:essaim:problem:illegal-transition");
    assertThat(illegal.getString("detail"))
        .contains("PLANNED", "CLOSED", "allowed transitions are to COLLECTING_DREAMS");
    assertProblem(transition(id, "BROUILLON"), 400);
    HttpResponse<String> moved = transition(id, "COLLECTING_DREAMS");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(json(moved).getString("state")).isEqualTo("COLLECTING_DREAMS");

    // Now the public sees it, and can filter by state.
    assertThat(node.get("/api/campaigns/" + id).statusCode()).isEqualTo(200);
    assertThat(ids(json(node.get("/api/campaigns?state=COLLECTING_DREAMS&size=100")))).contains(id);
  }

  @Test
  void invalidCampaignGetsFieldErrors() {
    JsonObject problem =
        assertProblem(
            asEditor(
                "POST",
                "/api/campaigns",
                "{\"name\":\"\",\"localBrandName\":\"Crépîte\",\"startDate\":\"2024-06-31\"}"),
            400);
    assertThat(fields(problem)).contains("name", "startDate");
    JsonObject dates =
        assertProblem(
            asEditor(
                "POST",
                "/api/campaigns",
                "{\"name\":\"X\",\"localBrandName\":\"Crépîte\",\"startDate\":\"2024-06-01\","
                    + "\"endDate\":\"2024-05-01\"}"),
            400);
    assertThat(fields(dates)).containsExactly("endDate");
  }

  // --- submissions -----------------------------------------------------------------------------

  @Test
  void anyoneSubmitsADreamWithoutAnAccount() {
    long campaign = collectingCampaign("Soirée des idées");
    String address = newAddress();
    HttpResponse<String> response =
        submit(
            campaign,
            """
            {"text":"Un rêve partagé : une épicerie solidaire au cœur du village.",
             "themes":["food.access","living-together"],
             "commune":{"code":"39300","label":"Lons-le-Saunier"},
             "contributorType":"INHABITANT","ageBand":"26_64",
             "contactEmail":"camille@example.org","contactConsent":true}
            """,
            address);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    assertThat(json(response).getString("state")).isEqualTo("SUBMITTED");
    assertThat(response.body()).doesNotContain("\"id\"");

    JsonObject page = json(asEditorGet("/api/moderation/dreams?campaign=" + campaign));
    assertThat(page.getInt("totalItems")).isEqualTo(1);
    JsonObject dream = page.getJsonArray("items").getJsonObject(0);
    assertThat(dream.getString("state")).isEqualTo("SUBMITTED");
    assertThat(dream.getString("contactEmail")).isEqualTo("camille@example.org");
    assertThat(dream.getString("contactConsentAt")).isNotBlank();
    assertThat(dream.getString("ageBand")).isEqualTo("26_64");
    assertThat(dream.getJsonObject("commune").getString("code")).isEqualTo("39300");
    // Not published yet: the public sees nothing.
    assertThat(json(node.get("/api/campaigns/" + campaign + "/dreams")).getInt("totalItems"))
        .isZero();
  }

  @Test
  void submissionsAreRefusedOutsideTheCollectionStep() {
    long planned = createCampaign("En préparation");
    assertProblem(submit(planned, simpleDream("Un rêve"), newAddress()), 404);

    long drafted = collectingCampaign("Défis rédigés");
    assertThat(transition(drafted, "CHALLENGES_DRAFTED").statusCode()).isEqualTo(200);
    JsonObject problem =
        assertProblem(submit(drafted, simpleDream("Trop tard"), newAddress()), 409);
    assertThat(problem.getString("detail")).contains("COLLECTING_DREAMS");
    assertThat(countFor(drafted)).isZero();
  }

  @Test
  void unknownThemeIsAFieldError() {
    long campaign = collectingCampaign("Thèmes");
    JsonObject problem =
        assertProblem(
            submit(
                campaign,
                "{\"text\":\"Un rêve\",\"themes\":[\"food\",\"licornes\"],"
                    + "\"contributorType\":\"INHABITANT\"}",
                newAddress()),
            400);
    assertThat(problem.getString("type")).isEqualTo("urn:essaim:problem:invalid-input");
    assertThat(fields(problem)).containsExactly("themes[1]");
    assertThat(countFor(campaign)).isZero();
  }

  @Test
  void contactNeedsConsentAndChildrenLeaveNone() {
    long campaign = collectingCampaign("Consentement");
    JsonObject noConsent =
        assertProblem(
            submit(
                campaign,
                "{\"text\":\"Un rêve\",\"contributorType\":\"INHABITANT\","
                    + "\"contactPhone\":\"+33 6 12 34 56 78\"}",
                newAddress()),
            400);
    assertThat(fields(noConsent)).containsExactly("contactConsent");
    JsonObject child =
        assertProblem(
            submit(
                campaign,
                "{\"text\":\"Un skatepark\",\"contributorType\":\"INHABITANT\","
                    + "\"ageBand\":\"UNDER_15\",\"contactEmail\":\"enfant@example.org\","
                    + "\"contactConsent\":true}",
                newAddress()),
            400);
    assertThat(fields(child)).containsExactly("contactEmail");
    JsonObject invalid =
        assertProblem(
            submit(
                campaign,
                "{\"text\":\""
                    + "x".repeat(2001)
                    + "\",\"contributorType\":\"MARTIAN\","
                    + "\"ageBand\":\"12\",\"commune\":{\"code\":\"3930\",\"label\":\"Lons\"}}",
                newAddress()),
            400);
    assertThat(fields(invalid)).contains("text", "contributorType", "ageBand");
    assertThat(countFor(campaign)).isZero();
  }

  @Test
  void honeypotIsAnsweredLikeAnyoneButNothingIsStored() {
    long campaign = collectingCampaign("Pot de miel");
    HttpResponse<String> trapped =
        submit(
            campaign,
            "{\"text\":\"Cheap watches\",\"contributorType\":\"OTHER\","
                + "\"website\":\"https://spam.example\"}",
            newAddress());
    HttpResponse<String> real = submit(campaign, simpleDream("Un vrai rêve"), newAddress());
    assertThat(trapped.statusCode()).isEqualTo(202);
    assertThat(trapped.body()).isEqualTo(real.body());
    assertThat(countFor(campaign)).isEqualTo(1);
  }

  @Test
  void tooManySubmissionsFromOneAddressAreThrottled() {
    long campaign = collectingCampaign("Limite");
    String address = newAddress();
    for (int i = 0; i < 10; i++) {
      assertThat(submit(campaign, simpleDream("Rêve " + i), address).statusCode()).isEqualTo(202);
    }
    HttpResponse<String> refused = submit(campaign, simpleDream("Un de trop"), address);
    assertProblem(refused, 429);
    assertThat(refused.headers().firstValue("Retry-After"))
        .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 600L));
    assertThat(submit(campaign, simpleDream("Autre adresse"), newAddress()).statusCode())
        .isEqualTo(202);
    assertThat(countFor(campaign)).isEqualTo(11);
  }

  // --- security --------------------------------------------------------------------------------

  @Test
  void writesNeedTheTeam() {
    long campaign = collectingCampaign("Sécurité");
    submit(campaign, simpleDream("Un rêve"), newAddress());
    long dream = firstDream(campaign);
    List<String[]> writes =
        List.of(
            new String[] {"POST", "/api/campaigns", crepite("Intrus")},
            new String[] {"PUT", "/api/campaigns/" + campaign, crepite("Intrus")},
            new String[] {
              "POST", "/api/campaigns/" + campaign + "/transitions", "{\"to\":\"CLOSED\"}"
            },
            new String[] {
              "POST", "/api/moderation/dreams/" + dream + "/transitions", "{\"to\":\"PUBLISHED\"}"
            });
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
    assertProblem(node.get("/api/moderation/dreams"), 401);
    assertProblem(node.get("/api/moderation/dreams/" + dream), 401);
    assertThat(json(asEditorGet("/api/moderation/dreams/" + dream)).getString("state"))
        .isEqualTo("SUBMITTED");
    assertThat(json(node.getAsAdmin("/api/campaigns/" + campaign)).getString("state"))
        .isEqualTo("COLLECTING_DREAMS");
  }

  // --- moderation ------------------------------------------------------------------------------

  @Test
  void editorsModerateDreamsAlongTheirLifecycle() {
    long campaign = collectingCampaign("Modération");
    String address = newAddress();
    submit(campaign, simpleDream("Une ressourcerie"), address);
    submit(campaign, simpleDream("Une ressourcerie, encore"), address);
    submit(campaign, simpleDream("Des insultes"), address);
    List<JsonObject> dreams =
        dreams("/api/moderation/dreams?sort=submittedAt&campaign=" + campaign);
    long original = id(dreams.get(0));
    long duplicate = id(dreams.get(1));
    long insult = id(dreams.get(2));

    assertThat(moderate(original, "{\"to\":\"PUBLISHED\"}").statusCode()).isEqualTo(200);
    assertThat(moderate(insult, "{\"to\":\"REJECTED\"}").statusCode()).isEqualTo(200);
    assertProblem(moderate(duplicate, "{\"to\":\"MERGED\"}"), 400);
    HttpResponse<String> merged =
        moderate(duplicate, "{\"to\":\"MERGED\",\"mergedInto\":" + original + "}");
    assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
    assertThat(json(merged).getJsonNumber("mergedInto").longValue()).isEqualTo(original);

    JsonObject illegal = assertProblem(moderate(insult, "{\"to\":\"PUBLISHED\"}"), 409);
    assertThat(illegal.getString("type")).isEqualTo("urn:essaim:problem:illegal-transition");
    assertThat(illegal.getString("detail")).contains("REJECTED is final");
    JsonObject skipping = assertProblem(moderate(original, "{\"to\":\"SUBMITTED\"}"), 409);
    assertThat(skipping.getString("detail")).contains("CLUSTERED, ARCHIVED");

    assertThat(json(moderate(original, "{\"to\":\"CLUSTERED\"}")).getString("state"))
        .isEqualTo("CLUSTERED");
    assertThat(json(moderate(original, "{\"to\":\"ARCHIVED\"}")).getString("state"))
        .isEqualTo("ARCHIVED");
    assertProblem(moderate(999_999, "{\"to\":\"PUBLISHED\"}"), 404);
  }

  @Test
  void moderationListPagesFiltersAndSearchesInFrench() {
    long campaign = collectingCampaign("Recherche");
    String address = newAddress();
    submit(campaign, themed("Un rêve partagé pour le village", "food.access"), address);
    submit(campaign, themed("Des vélos en libre-service", "mobility.cycling"), address);
    submit(campaign, themed("Une cantine bio et locale", "food.collective-catering"), address);
    submit(campaign, themed("Un café associatif", "local-economy.shops-cafes"), address);
    submit(campaign, themed("Rêves partagés des aînés", "ageing-well"), address);
    String base = "/api/moderation/dreams?campaign=" + campaign;

    JsonObject first = json(asEditorGet(base + "&size=2"));
    assertThat(first.getInt("totalItems")).isEqualTo(5);
    assertThat(first.getInt("totalPages")).isEqualTo(3);
    assertThat(first.getInt("page")).isEqualTo(1);
    assertThat(first.getInt("size")).isEqualTo(2);
    assertThat(texts(first)).containsExactly("Rêves partagés des aînés", "Un café associatif");
    assertThat(texts(json(asEditorGet(base + "&size=2&page=3"))))
        .containsExactly("Un rêve partagé pour le village");
    assertThat(texts(json(asEditorGet(base + "&size=2&sort=submittedAt"))))
        .containsExactly("Un rêve partagé pour le village", "Des vélos en libre-service");
    assertThat(json(asEditorGet(base + "&page=9")).getJsonArray("items")).isEmpty();

    assertThat(texts(json(asEditorGet(base + "&theme=food"))))
        .containsExactlyInAnyOrder("Un rêve partagé pour le village", "Une cantine bio et locale");
    assertThat(texts(json(asEditorGet(base + "&q=" + encode("reve partage")))))
        .containsExactlyInAnyOrder("Un rêve partagé pour le village", "Rêves partagés des aînés");
    // Case and accents do not matter either way.
    assertThat(texts(json(asEditorGet(base + "&q=" + encode("CAFÉ associatifs")))))
        .containsExactly("Un café associatif");
    assertThat(json(asEditorGet(base + "&state=PUBLISHED")).getInt("totalItems")).isZero();
    assertThat(
            json(asEditorGet(base + "&state=SUBMITTED&theme=food&q=cantine")).getInt("totalItems"))
        .isEqualTo(1);

    assertThat(fields(assertProblem(asEditorGet(base + "&size=0"), 400))).containsExactly("size");
    assertThat(fields(assertProblem(asEditorGet(base + "&size=101&page=abc"), 400)))
        .containsExactly("page", "size");
    assertThat(fields(assertProblem(asEditorGet(base + "&state=LU"), 400)))
        .containsExactly("state");
    assertThat(fields(assertProblem(asEditorGet(base + "&theme=licornes"), 400)))
        .containsExactly("theme");
    assertThat(fields(assertProblem(asEditorGet(base + "&sort=text"), 400)))
        .containsExactly("sort");
  }

  @Test
  void publicReadsOnlyPublishedDreamsWithoutPersonalFields() {
    long campaign = collectingCampaign("Public");
    String address = newAddress();
    submit(
        campaign,
        """
        {"text":"Un rêve partagé : un jardin partagé","themes":["food"],
         "commune":{"code":"54395","label":"Nancy"},"contributorType":"ASSOCIATION",
         "ageBand":"65_PLUS","contactEmail":"jardin@example.org",
         "contactPhone":"03 83 00 00 00","contactConsent":true}
        """,
        address);
    submit(campaign, simpleDream("Pas encore modéré"), address);
    submit(campaign, simpleDream("Refusé"), address);
    List<JsonObject> all = dreams("/api/moderation/dreams?sort=submittedAt&campaign=" + campaign);
    moderate(id(all.get(0)), "{\"to\":\"PUBLISHED\"}");
    moderate(id(all.get(2)), "{\"to\":\"REJECTED\"}");

    HttpResponse<String> response = node.get("/api/campaigns/" + campaign + "/dreams");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject page = json(response);
    assertThat(page.getInt("totalItems")).isEqualTo(1);
    JsonObject dream = page.getJsonArray("items").getJsonObject(0);
    assertThat(dream.keySet())
        .containsExactlyInAnyOrder(
            "id",
            "campaignId",
            "text",
            "themes",
            "commune",
            "contributorType",
            "state",
            "submittedOn");
    assertThat(dream.getString("contributorType")).isEqualTo("ASSOCIATION");
    assertThat(response.body())
        .doesNotContain("jardin@example.org", "03 83", "65_PLUS", "contact", "ageBand");
    assertThat(
            json(node.get("/api/campaigns/" + campaign + "/dreams?theme=food&q=jardin"))
                .getInt("totalItems"))
        .isEqualTo(1);
    assertProblem(node.get("/api/campaigns/" + createCampaign("Brouillon") + "/dreams"), 404);
    assertThat(node.get("/openapi").body())
        .contains("/api/campaigns/{campaignId}/dreams", "/api/moderation/dreams/{id}/transitions");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static String crepite(String name) {
    return """
        {"name":"%s","localBrandName":"Crépîte","subTerritory":"Lons-le-Saunier",
         "startDate":"2024-06-01","endDate":"2024-12-31"}
        """
        .formatted(name);
  }

  private static String simpleDream(String text) {
    return "{\"text\":\"" + text + "\",\"contributorType\":\"INHABITANT\"}";
  }

  private static String themed(String text, String theme) {
    return "{\"text\":\""
        + text
        + "\",\"themes\":[\""
        + theme
        + "\"],"
        + "\"contributorType\":\"INHABITANT\"}";
  }

  private static long createCampaign(String name) {
    HttpResponse<String> created = asEditor("POST", "/api/campaigns", crepite(name));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return id(json(created));
  }

  private static long collectingCampaign(String name) {
    long id = createCampaign(name);
    HttpResponse<String> moved = transition(id, "COLLECTING_DREAMS");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    return id;
  }

  private static HttpResponse<String> transition(long campaign, String to) {
    return asEditor(
        "POST", "/api/campaigns/" + campaign + "/transitions", "{\"to\":\"" + to + "\"}");
  }

  private static HttpResponse<String> moderate(long dream, String body) {
    return asEditor("POST", "/api/moderation/dreams/" + dream + "/transitions", body);
  }

  private static HttpResponse<String> submit(long campaign, String body, String address) {
    HttpRequest request =
        request(node.uri("/api/campaigns/" + campaign + "/dreams"))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", "203.0.113.250, " + address)
            .POST(BodyPublishers.ofString(body))
            .build();
    return send(node.http(), request);
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

  private static List<JsonObject> dreams(String path) {
    HttpResponse<String> response = asEditorGet(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static long firstDream(long campaign) {
    return id(dreams("/api/moderation/dreams?campaign=" + campaign).get(0));
  }

  private static int countFor(long campaign) {
    return json(asEditorGet("/api/moderation/dreams?campaign=" + campaign)).getInt("totalItems");
  }

  private static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(CampaignDreamApiIT::id)
        .toList();
  }

  private static List<String> texts(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(d -> d.getString("text"))
        .toList();
  }

  private static List<String> fields(JsonObject problem) {
    return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  /** A documentation address (RFC 5737) of its own for each caller. */
  private static String newAddress() {
    int n = ADDRESSES.incrementAndGet();
    return "198.51.100." + n;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
