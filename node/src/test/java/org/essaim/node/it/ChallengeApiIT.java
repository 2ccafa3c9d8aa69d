// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.it.TerritoryApiIT.assertProblem;
import static org.essaim.node.testsupport.HttpCalls.json;
import static org.essaim.node.testsupport.HttpCalls.request;
import static org.essaim.node.testsupport.HttpCalls.send;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.essaim.node.testsupport.HttpCalls;
import org.essaim.node.testsupport.NodeProcess;
import org.essaim.node.testsupport.SharedNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Défis and solution ideas on one real node: creating défis from the dreams of a campaign, grouping
 * dreams (which clusters them), similarity suggestions, lifecycles, and what the public reads.
 */
class ChallengeApiIT {

  private static final String EDITOR = "equipe-defis";
  private static final String EDITOR_PASSWORD = "equipe-defis-secret";
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  static NodeProcess node;

  @BeforeAll
  static void useTheSharedNode() {
    node = SharedNode.territory();
    node.createAccount(EDITOR, EDITOR_PASSWORD, "editor");
  }

  @Test
  void groupingDreamsClustersThemAndSuggestionsRankTheSimilarOnesFirst() {
    long campaign = collectingCampaign("Crépîte 2024");
    long velo = publishedDream(campaign, "Un atelier vélo solidaire", "camille@example.org");
    long reparer = publishedDream(campaign, "Réparer les vélos ensemble", null);
    long jardin = publishedDream(campaign, "Un jardin partagé", null);

    long challenge = createChallenge(campaign, "Atelier de réparation de vélos");
    List<Long> suggested = ids(similarDreams(challenge));
    assertThat(suggested).hasSizeGreaterThanOrEqualTo(2);
    assertThat(suggested.subList(0, 2)).containsExactlyInAnyOrder(velo, reparer);
    if (suggested.contains(jardin)) {
      assertThat(suggested.indexOf(jardin)).isEqualTo(2);
    }
    JsonArray scores = similarDreams(challenge);
    assertThat(scores.getJsonObject(0).getJsonNumber("score").doubleValue()).isPositive();

    HttpResponse<String> grouped = group(challenge, velo);
    assertThat(grouped.statusCode()).as(grouped.body()).isEqualTo(200);
    assertThat(ids(json(grouped).getJsonArray("dreams"))).containsExactly(velo);
    assertThat(dreamState(velo)).isEqualTo("CLUSTERED");
    // Grouping again changes nothing; the grouped dream is no longer suggested.
    assertThat(group(challenge, velo).statusCode()).isEqualTo(200);
    assertThat(ids(similarDreams(challenge))).doesNotContain(velo).startsWith(reparer);

    // The dream-to-dream suggestion finds the other bike dream first.
    HttpResponse<String> similar = asEditorGet("/api/moderation/dreams/" + reparer + "/similar");
    assertThat(similar.statusCode()).as(similar.body()).isEqualTo(200);
    assertThat(ids(array(similar))).doesNotContain(reparer).startsWith(velo);

    // Ungrouping takes it out; the dream stays CLUSTERED.
    HttpResponse<String> ungrouped =
        asEditor("DELETE", "/api/challenges/" + challenge + "/dreams/" + velo, null);
    assertThat(ungrouped.statusCode()).as(ungrouped.body()).isEqualTo(200);
    assertThat(json(ungrouped).getJsonArray("dreams")).isEmpty();
    assertThat(dreamState(velo)).isEqualTo("CLUSTERED");
    assertProblem(
        asEditor("DELETE", "/api/challenges/" + challenge + "/dreams/" + velo, null), 404);
  }

  @Test
  void dreamsOfAnotherCampaignOrNotModeratedCannotBeGrouped() {
    long campaign = collectingCampaign("Crépîte 2024 bis");
    long other = collectingCampaign("Katalyze 2024");
    long foreign = publishedDream(other, "Une ressourcerie à Amiens", null);
    long challenge = createChallenge(campaign, "Réemploi");
    JsonObject problem = assertProblem(group(challenge, foreign), 400);
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("dreamId");
    assertThat(dreamState(foreign)).isEqualTo("PUBLISHED");
    long submitted = submit(campaign, "Un rêve pas encore modéré", null);
    assertProblem(group(challenge, submitted), 400);
    assertThat(dreamState(submitted)).isEqualTo("SUBMITTED");
    assertProblem(group(challenge, 999_999), 404);
    assertThat(json(asEditorGet("/api/challenges/" + challenge)).getJsonArray("dreams")).isEmpty();
  }

  @Test
  void lifecycleWithIllegalTransitionsAndETags() {
    long campaign = collectingCampaign("Crépîte 2024 ter");
    HttpResponse<String> created =
        asEditor(
            "POST", "/api/challenges", body(campaign, "Bien vieillir chez soi", "ageing-well"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).isPresent();
    String etag = created.headers().firstValue("ETag").orElseThrow();
    long id = json(created).getJsonNumber("id").longValue();
    assertThat(json(created).getString("state")).isEqualTo("DRAFT");
    assertThat(json(created).getString("visibility")).isEqualTo("NODE_PUBLIC");

    HttpResponse<String> edited =
        withIfMatch(
            "PUT",
            "/api/challenges/" + id,
            body(campaign, "Bien vieillir à Lons", "ageing-well"),
            etag);
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    JsonObject stale =
        assertProblem(
            withIfMatch(
                "PUT", "/api/challenges/" + id, body(campaign, "Écrasé", "ageing-well"), etag),
            412);
    assertThat(stale.getString("type")).isEqualTo("urn:essaim:problem:stale-version");
    assertProblem(
        withIfMatch(
            "POST",
            "/api/challenges/" + id + "/transitions",
            "{\"to\":\"SELECTED_FOR_EVENING\"}",
            etag),
        412);
    assertThat(json(asEditorGet("/api/challenges/" + id)).getString("title"))
        .isEqualTo("Bien vieillir à Lons");

    JsonObject illegal = assertProblem(transition(id, "{\"to\":\"RESOLVED\"}"), 409);
    assertThat(illegal.getString("type")).isEqualTo("urn:essaim:problem:illegal-transition");
    assertThat(illegal.getString("detail")).contains("DRAFT", "SELECTED_FOR_EVENING");
    assertProblem(transition(id, "{\"to\":\"BROUILLON\"}"), 400);
    assertProblem(transition(id, "{\"to\":\"MERGED\"}"), 400);
    for (String step : List.of("SELECTED_FOR_EVENING", "WORKED_AT_EVENING", "SEEKING_CARRIER")) {
      HttpResponse<String> moved = transition(id, "{\"to\":\"" + step + "\"}");
      assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
      assertThat(json(moved).getString("state")).isEqualTo(step);
    }
    long duplicate = createChallenge(campaign, "Vieillir chez soi");
    HttpResponse<String> merged =
        transition(duplicate, "{\"to\":\"MERGED\",\"mergedInto\":" + id + "}");
    assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
    assertThat(json(merged).getJsonNumber("mergedInto").longValue()).isEqualTo(id);
    assertProblem(transition(duplicate, "{\"to\":\"ABANDONED\"}"), 409);

    // Filters: state, theme (broader key), campaign, text (accents ignored).
    assertThat(
            ids(
                json(asEditorGet("/api/challenges?campaign=" + campaign + "&state=SEEKING_CARRIER"))
                    .getJsonArray("items")))
        .containsExactly(id);
    assertThat(
            ids(
                json(asEditorGet("/api/challenges?campaign=" + campaign + "&theme=ageing-well"))
                    .getJsonArray("items")))
        .containsExactly(id);
    assertThat(
            ids(
                json(asEditorGet("/api/challenges?campaign=" + campaign + "&q=vieillir%20a%20lons"))
                    .getJsonArray("items")))
        .containsExactly(id);
    assertProblem(asEditorGet("/api/challenges?theme=inconnu"), 400);
    assertProblem(asEditorGet("/api/challenges?size=0"), 400);
  }

  @Test
  void invalidChallengesChangeNothing() {
    long campaign = collectingCampaign("Crépîte 2024 quater");
    JsonObject unknownTheme =
        assertProblem(
            asEditor("POST", "/api/challenges", body(campaign, "Vélo", "velo-inconnu")), 400);
    assertThat(fields(unknownTheme)).containsExactly("themes");
    JsonObject missing =
        assertProblem(
            asEditor("POST", "/api/challenges", "{\"title\":\"\",\"statement\":\"x\"}"), 400);
    assertThat(fields(missing)).contains("title", "campaignId");
    assertProblem(asEditor("POST", "/api/challenges", body(999_999, "Vélo", "mobility")), 400);
    assertProblem(
        asEditor(
            "POST",
            "/api/challenges",
            "{\"campaignId\":"
                + campaign
                + ",\"title\":\"x\",\"statement\":\"y\",\"visibility\":\"SECRET\"}"),
        400);
    assertThat(json(asEditorGet("/api/challenges?campaign=" + campaign)).getInt("totalItems"))
        .isZero();
    long id = createChallenge(campaign, "Vélo");
    assertProblem(asEditor("PUT", "/api/challenges/" + id, body(campaign, "Vélo", "nope")), 400);
    assertThat(json(asEditorGet("/api/challenges/" + id)).getJsonArray("themes").getString(0))
        .isEqualTo("mobility.cycling");
  }

  @Test
  void everyWriteNeedsCredentials() {
    long campaign = collectingCampaign("Crépîte 2024 quinquies");
    long id = createChallenge(campaign, "Vélo");
    String base = "/api/challenges/" + id;
    assertUnauthorized("POST", "/api/challenges", body(campaign, "Vélo", "mobility"));
    assertUnauthorized("PUT", base, body(campaign, "Vélo", "mobility"));
    assertUnauthorized("POST", base + "/transitions", "{\"to\":\"SELECTED_FOR_EVENING\"}");
    assertUnauthorized("PUT", base + "/dreams/1", null);
    assertUnauthorized("DELETE", base + "/dreams/1", null);
    assertUnauthorized("GET", base + "/similar-dreams", null);
    assertUnauthorized("GET", "/api/moderation/dreams/1/similar", null);
    assertUnauthorized("POST", base + "/solutions", "{\"title\":\"x\",\"description\":\"y\"}");
    assertUnauthorized("PUT", base + "/solutions/1", "{\"title\":\"x\",\"description\":\"y\"}");
    assertUnauthorized("POST", base + "/solutions/1/transitions", "{\"to\":\"SHORTLISTED\"}");
    assertThat(json(asEditorGet(base)).getString("title")).isEqualTo("Vélo");
  }

  @Test
  void thePublicReadsPublicChallengesWithoutPersonalFields() {
    long campaign = collectingCampaign("Crépîte 2024 sexies");
    long published =
        publishedDream(campaign, "Une épicerie solidaire au village", "jeanne@example.org");
    long clustered = publishedDream(campaign, "Une épicerie participative", null);
    long challenge = createChallenge(campaign, "Une épicerie solidaire");
    assertThat(group(challenge, published).statusCode()).isEqualTo(200);
    assertThat(group(challenge, clustered).statusCode()).isEqualTo(200);
    assertThat(moderate(clustered, "ARCHIVED").statusCode()).isEqualTo(200);

    // DRAFT: the team's only.
    assertProblem(node.get("/api/challenges/" + challenge), 404);
    assertThat(ids(json(node.get("/api/challenges?size=100")).getJsonArray("items")))
        .doesNotContain(challenge);
    assertProblem(node.get("/api/challenges/" + challenge + "/similar-dreams"), 401);

    assertThat(transition(challenge, "{\"to\":\"SELECTED_FOR_EVENING\"}").statusCode())
        .isEqualTo(200);
    HttpResponse<String> response = node.get("/api/challenges/" + challenge);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject read = json(response);
    JsonArray dreams = read.getJsonArray("dreams");
    // The archived dream is not public any more; the clustered one shows id, text and state only.
    assertThat(ids(dreams)).containsExactly(published);
    assertThat(dreams.getJsonObject(0).keySet()).containsExactlyInAnyOrder("id", "text", "state");
    assertThat(response.body())
        .doesNotContain("jeanne@example.org", "contact", "ageBand", "participative");
    assertThat(ids(json(node.get("/api/challenges?campaign=" + campaign)).getJsonArray("items")))
        .containsExactly(challenge);

    // A défi of a PLANNED campaign stays hidden even when out of DRAFT.
    long planned = createCampaign("Brouillon 2025");
    long hidden = createChallenge(planned, "Caché");
    assertThat(transition(hidden, "{\"to\":\"SELECTED_FOR_EVENING\"}").statusCode()).isEqualTo(200);
    assertProblem(node.get("/api/challenges/" + hidden), 404);
    assertThat(json(node.get("/api/challenges?campaign=" + planned)).getInt("totalItems")).isZero();
    assertThat(node.get("/openapi").body())
        .contains("/api/challenges/{id}/similar-dreams", "/api/challenges/{challengeId}/solutions");
  }

  @Test
  void solutionIdeaLifecycle() {
    long campaign = collectingCampaign("Crépîte 2024 septies");
    long challenge = createChallenge(campaign, "Atelier vélo");
    assertThat(transition(challenge, "{\"to\":\"SELECTED_FOR_EVENING\"}").statusCode())
        .isEqualTo(200);
    String solutions = "/api/challenges/" + challenge + "/solutions";
    HttpResponse<String> created =
        asEditor(
            "POST",
            solutions,
            "{\"title\":\"Un repair café vélo\",\"description\":\"Un samedi par mois.\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long idea = json(created).getJsonNumber("id").longValue();
    String etag = created.headers().firstValue("ETag").orElseThrow();
    assertThat(json(created).getString("state")).isEqualTo("PROPOSED");
    assertProblem(asEditor("POST", solutions, "{\"title\":\"\",\"description\":\"x\"}"), 400);

    // PROPOSED is not public.
    assertThat(json(node.get(solutions)).getInt("totalItems")).isZero();
    assertProblem(node.get(solutions + "/" + idea), 404);

    assertProblem(
        ideaTransition(challenge, idea, "{\"to\":\"BECAME_PROJECT\",\"projectId\":21}"), 409);
    assertThat(ideaTransition(challenge, idea, "{\"to\":\"SHORTLISTED\"}").statusCode())
        .isEqualTo(200);
    assertProblem(
        withIfMatch("PUT", solutions + "/" + idea, "{\"title\":\"x\",\"description\":\"y\"}", etag),
        412);
    assertThat(json(node.get(solutions)).getInt("totalItems")).isEqualTo(1);
    assertThat(ideaTransition(challenge, idea, "{\"to\":\"SELECTED\"}").statusCode())
        .isEqualTo(200);
    JsonObject noProject =
        assertProblem(ideaTransition(challenge, idea, "{\"to\":\"BECAME_PROJECT\"}"), 400);
    assertThat(fields(noProject)).containsExactly("projectId");
    JsonObject unknownProject =
        assertProblem(
            ideaTransition(challenge, idea, "{\"to\":\"BECAME_PROJECT\",\"projectId\":999999}"),
            400);
    assertThat(fields(unknownProject)).containsExactly("projectId");
    assertThat(json(node.get(solutions + "/" + idea)).getString("state")).isEqualTo("SELECTED");

    // The project born from the défi, linked both ways.
    HttpResponse<String> born =
        asEditor(
            "POST",
            "/api/projects",
            "{\"title\":\"Repair café vélo\",\"stage\":\"idea\",\"origin\":\"FROM_CHALLENGE\","
                + "\"originChallengeId\":"
                + challenge
                + "}");
    assertThat(born.statusCode()).as(born.body()).isEqualTo(201);
    long projectId = json(born).getJsonNumber("id").longValue();
    HttpResponse<String> project =
        ideaTransition(
            challenge, idea, "{\"to\":\"BECAME_PROJECT\",\"projectId\":" + projectId + "}");
    assertThat(project.statusCode()).as(project.body()).isEqualTo(200);
    assertThat(json(project).getJsonNumber("projectId").longValue()).isEqualTo(projectId);
    // A project an idea became stays: stop it rather than delete it.
    assertProblem(asEditor("DELETE", "/api/projects/" + projectId, null), 409);
    assertThat(json(node.get(solutions + "/" + idea)).getString("state"))
        .isEqualTo("BECAME_PROJECT");
    assertProblem(ideaTransition(challenge, idea, "{\"to\":\"DROPPED\"}"), 409);
    // Another défi's path does not reach this idea.
    long other = createChallenge(campaign, "Autre");
    assertProblem(asEditorGet("/api/challenges/" + other + "/solutions/" + idea), 404);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static String body(long campaign, String title, String theme) {
    return "{\"campaignId\":%d,\"title\":\"%s\",\"statement\":\"Comment permettre à chacun de réparer son vélo près de chez soi ?\",\"themes\":[\"%s\"]}"
        .formatted(campaign, title, theme);
  }

  private static long createChallenge(long campaign, String title) {
    HttpResponse<String> created =
        asEditor("POST", "/api/challenges", body(campaign, title, "mobility.cycling"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  private static long createCampaign(String name) {
    HttpResponse<String> created =
        asEditor(
            "POST",
            "/api/campaigns",
            "{\"name\":\"%s\",\"localBrandName\":\"Crépîte\",\"startDate\":\"2024-06-01\"}"
                .formatted(name));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  private static long collectingCampaign(String name) {
    long id = createCampaign(name);
    HttpResponse<String> moved =
        asEditor("POST", "/api/campaigns/" + id + "/transitions", "{\"to\":\"COLLECTING_DREAMS\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    return id;
  }

  /** Submits a dream anonymously and returns its id, as the moderation list shows it. */
  private static long submit(long campaign, String text, String email) {
    String contact =
        email == null ? "" : ",\"contactEmail\":\"" + email + "\",\"contactConsent\":true";
    HttpResponse<String> response =
        send(
            node.http(),
            request(node.uri("/api/campaigns/" + campaign + "/dreams"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "192.0.2." + ADDRESSES.incrementAndGet())
                .POST(
                    BodyPublishers.ofString(
                        "{\"text\":\""
                            + text
                            + "\",\"contributorType\":\"INHABITANT\",\"ageBand\":\"26_64\""
                            + contact
                            + "}"))
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    JsonObject page =
        json(asEditorGet("/api/moderation/dreams?campaign=" + campaign + "&size=100"));
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getString("text").equals(text))
        .mapToLong(d -> d.getJsonNumber("id").longValue())
        .findFirst()
        .orElseThrow();
  }

  private static long publishedDream(long campaign, String text, String email) {
    long id = submit(campaign, text, email);
    HttpResponse<String> published = moderate(id, "PUBLISHED");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    return id;
  }

  private static HttpResponse<String> moderate(long dream, String to) {
    return asEditor(
        "POST", "/api/moderation/dreams/" + dream + "/transitions", "{\"to\":\"" + to + "\"}");
  }

  private static String dreamState(long dream) {
    return json(asEditorGet("/api/moderation/dreams/" + dream)).getString("state");
  }

  private static HttpResponse<String> group(long challenge, long dream) {
    return asEditor("PUT", "/api/challenges/" + challenge + "/dreams/" + dream, null);
  }

  private static JsonArray similarDreams(long challenge) {
    HttpResponse<String> response = asEditorGet("/api/challenges/" + challenge + "/similar-dreams");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return array(response);
  }

  private static HttpResponse<String> transition(long challenge, String body) {
    return asEditor("POST", "/api/challenges/" + challenge + "/transitions", body);
  }

  private static HttpResponse<String> ideaTransition(long challenge, long idea, String body) {
    return asEditor(
        "POST", "/api/challenges/" + challenge + "/solutions/" + idea + "/transitions", body);
  }

  private static HttpResponse<String> withIfMatch(
      String method, String path, String body, String etag) {
    return send(
        node.http(),
        node.jsonRequest(method, path, body, EDITOR, EDITOR_PASSWORD)
            .header("If-Match", etag)
            .build());
  }

  private static HttpResponse<String> asEditor(String method, String path, String body) {
    return send(
        node.http(),
        request(node.uri(path))
            .header("Authorization", HttpCalls.basic(EDITOR, EDITOR_PASSWORD))
            .header("Content-Type", "application/json")
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
            .build());
  }

  private static HttpResponse<String> asEditorGet(String path) {
    return asEditor("GET", path, null);
  }

  private static void assertUnauthorized(String method, String path, String body) {
    HttpResponse<String> response =
        send(
            node.http(),
            request(node.uri(path))
                .header("Content-Type", "application/json")
                .method(
                    method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
                .build());
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isEqualTo(401);
  }

  private static JsonArray array(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }

  private static List<Long> ids(JsonArray items) {
    return items.getValuesAs(JsonObject.class).stream()
        .map(o -> o.getJsonNumber("id").longValue())
        .toList();
  }

  private static List<String> fields(JsonObject problem) {
    return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }
}
