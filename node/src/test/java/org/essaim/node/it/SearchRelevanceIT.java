// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.essaim.node.testsupport.Eventually;
import org.essaim.node.testsupport.FederationAdmin;
import org.essaim.node.testsupport.NodeProcess;
import org.essaim.node.testsupport.RelevanceMetrics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relevance test set (issue 6): the projects of the seeds (domain.md §5.4 and §5.5, in {@code
 * relevance/corpus.json}) are loaded through the API over three nodes, the first following the two
 * others, so the first node's search mixes its own objects and copies; every query of {@code
 * relevance/queries.json} is run through {@code GET /api/search} there, as a signed-in member
 * would, and scored against its judgments (precision@5, recall@10, MRR, nDCG@10). The report goes
 * to {@code target/relevance/report.md} and {@code report.json}; docs/search.md ("Relevance")
 * quotes it.
 */
class SearchRelevanceIT {

  /*
   * Regression floors on the averages, set just under what was measured (docs/search.md,
   * "Relevance": 0.525, 0.680, 0.950, 0.767 since session 6 — the engine's BM25 and the fallback to
   * half of the words; 0.465, 0.579, 0.825, 0.668 before): they catch a change that makes search
   * worse, not a target. Raise them with an improvement that holds; never lower them to let a
   * change through without saying why in docs/search.md. No per-query ranking is asserted.
   */
  static final double MIN_PRECISION_AT_5 = 0.50;
  static final double MIN_RECALL_AT_10 = 0.65;
  static final double MIN_MRR = 0.92;
  static final double MIN_NDCG_AT_10 = 0.74;

  static final Duration WAIT = Duration.ofMinutes(2);
  static final int RESULTS = 10;

  static NodeProcess reseau;
  static NodeProcess inspirer;
  static NodeProcess approfondir;

  @BeforeAll
  static void start() {
    try {
      // Side by side: one start after another was most of the class's time.
      Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
      nodes.put("relevance-reseau", environment("Réseau Start-Up de Territoire"));
      nodes.put("relevance-inspirer", environment("S'inspirer"));
      nodes.put("relevance-approfondir", environment("Approfondir"));
      List<NodeProcess> started = NodeProcess.startAll(nodes);
      reseau = started.get(0);
      inspirer = started.get(1);
      approfondir = started.get(2);
    } catch (RuntimeException | Error e) {
      stop();
      throw e;
    }
  }

  static Map<String, String> environment(String territory) {
    Map<String, String> env = new HashMap<>(FederationNetworkIT.FAST_RETRIES);
    // 95 creations and 40 searches: C2 pays for itself here.
    env.putAll(NodeProcess.JIT_DEFAULTS);
    env.put("ESSAIM_TERRITORY_NAME", territory);
    return env;
  }

  @AfterAll
  static void stop() {
    for (NodeProcess node : new NodeProcess[] {reseau, inspirer, approfondir}) {
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
  void theSeedsProjectsAreFoundByWhatMembersType() throws IOException {
    List<JsonObject> corpus =
        resource("relevance/corpus.json").getJsonArray("projects").stream()
            .map(JsonValue::asJsonObject)
            .toList();
    List<JsonObject> queries =
        resource("relevance/queries.json").getJsonArray("queries").stream()
            .map(JsonValue::asJsonObject)
            .toList();
    FederationAdmin a = new FederationAdmin(reseau);
    FederationAdmin b = new FederationAdmin(inspirer);
    FederationAdmin c = new FederationAdmin(approfondir);
    for (FederationAdmin admin : List.of(a, b, c)) {
      admin.policy("AUTOMATIC", "OPEN");
    }

    // One project in three stays on the searching node (node-public); the others are public
    // objects of the two followed nodes, which reach it as copies.
    NodeProcess[] nodes = {reseau, inspirer, approfondir};
    Map<String, String> corpusIdByObject = new HashMap<>();
    for (int i = 0; i < corpus.size(); i++) {
      NodeProcess node = nodes[i % nodes.length];
      JsonObject project = corpus.get(i);
      long id = create(node, project, node == reseau ? "NODE_PUBLIC" : "PUBLIC");
      corpusIdByObject.put(
          FederationNetworkIT.objectId(node, "projects", id), project.getString("id"));
    }
    a.follow(b.actor());
    a.follow(c.actor());
    Eventually.until(
        "every project searchable on the first node",
        WAIT,
        () -> search("").getInt("totalItems") == corpus.size());

    List<Scored> scored = new ArrayList<>();
    for (JsonObject query : queries) {
      JsonObject results = search(query.getString("query"));
      List<String> ranked =
          results.getJsonArray("items").getValuesAs(JsonObject.class).stream()
              .map(
                  item -> corpusIdByObject.getOrDefault(item.getString("id"), item.getString("id")))
              .toList();
      Map<String, Integer> judged = new LinkedHashMap<>();
      query.getJsonObject("relevant").forEach((k, v) -> judged.put(k, ((JsonNumber) v).intValue()));
      scored.add(
          new Scored(
              query,
              results.getInt("totalItems"),
              ranked,
              judged,
              results.getJsonObject("corrections")));
    }

    Averages all = Averages.of(scored);
    writeReport(scored, all);
    System.out.println(markdown(scored, all));

    assertThat(all.precisionAt5())
        .as("mean precision@5")
        .isGreaterThanOrEqualTo(MIN_PRECISION_AT_5);
    assertThat(all.recallAt10()).as("mean recall@10").isGreaterThanOrEqualTo(MIN_RECALL_AT_10);
    assertThat(all.mrr()).as("MRR").isGreaterThanOrEqualTo(MIN_MRR);
    assertThat(all.ndcgAt10()).as("mean nDCG@10").isGreaterThanOrEqualTo(MIN_NDCG_AT_10);
  }

  /** One query, what came back, and its measures. */
  record Scored(
      JsonObject query,
      int total,
      List<String> ranked,
      Map<String, Integer> judged,
      JsonObject corrections) {

    double precisionAt5() {
      return RelevanceMetrics.precisionAt(5, ranked, judged);
    }

    double recallAt10() {
      return RelevanceMetrics.recallAt(RESULTS, ranked, judged);
    }

    double reciprocalRank() {
      return RelevanceMetrics.reciprocalRankAt(RESULTS, ranked, judged);
    }

    double ndcgAt10() {
      return RelevanceMetrics.ndcgAt(RESULTS, ranked, judged);
    }

    List<String> tags() {
      return query.getJsonArray("tags").getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .toList();
    }

    List<String> missed() {
      return judged.keySet().stream()
          .filter(id -> !ranked.subList(0, Math.min(RESULTS, ranked.size())).contains(id))
          .toList();
    }
  }

  /** Means over a set of queries. */
  record Averages(
      int queries, double precisionAt5, double recallAt10, double mrr, double ndcgAt10) {

    static Averages of(List<Scored> scored) {
      return new Averages(
          scored.size(),
          mean(scored, Scored::precisionAt5),
          mean(scored, Scored::recallAt10),
          mean(scored, Scored::reciprocalRank),
          mean(scored, Scored::ndcgAt10));
    }

    private static double mean(List<Scored> scored, ToDoubleFunction<Scored> measure) {
      return scored.stream().mapToDouble(measure).average().orElse(0);
    }

    JsonObjectBuilder json() {
      return Json.createObjectBuilder()
          .add("queries", queries)
          .add("precisionAt5", round(precisionAt5))
          .add("recallAt10", round(recallAt10))
          .add("mrr", round(mrr))
          .add("ndcgAt10", round(ndcgAt10));
    }
  }

  static long create(NodeProcess node, JsonObject p, String visibility) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("title", p.getString("title"))
            .add("summary", p.getString("summary"))
            .add("stage", p.getString("stage", "idea"))
            .add("origin", "ACCELERATED_EXISTING")
            .add("themes", p.getJsonArray("themes"))
            .add("supportModes", p.getJsonArray("supportModes"))
            .add("visibility", visibility);
    if (p.containsKey("description")) {
      body.add("description", p.getString("description"));
    }
    if (p.containsKey("legalForm")) {
      body.add("legalForm", p.getString("legalForm"));
    }
    HttpResponse<String> created =
        node.sendJsonAsAdmin("POST", "/api/projects", body.build().toString());
    assertThat(created.statusCode()).as(p.getString("id") + ": " + created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  /** A search on the first node as a signed-in member (the administrator). */
  static JsonObject search(String words) {
    String query =
        words.isEmpty()
            ? "size=1"
            : "size=" + RESULTS + "&q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    HttpResponse<String> response = reseau.getAsAdmin("/api/search?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  static JsonObject resource(String name) throws IOException {
    try (InputStream in = SearchRelevanceIT.class.getClassLoader().getResourceAsStream(name);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    }
  }

  static void writeReport(List<Scored> scored, Averages all) throws IOException {
    Path dir =
        Path.of(System.getProperty("essaim.it.work.dir", "target/it-nodes"))
            .getParent()
            .resolve("relevance");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("report.md"), markdown(scored, all), StandardCharsets.UTF_8);
    JsonArrayBuilder perQuery = Json.createArrayBuilder();
    for (Scored s : scored) {
      perQuery.add(
          Json.createObjectBuilder()
              .add("id", s.query().getString("id"))
              .add("query", s.query().getString("query"))
              .add("tags", s.query().getJsonArray("tags"))
              .add("totalItems", s.total())
              .add("returned", Json.createArrayBuilder(s.ranked()))
              .add("missed", Json.createArrayBuilder(s.missed()))
              .add("corrections", s.corrections())
              .add("precisionAt5", round(s.precisionAt5()))
              .add("recallAt10", round(s.recallAt10()))
              .add("reciprocalRank", round(s.reciprocalRank()))
              .add("ndcgAt10", round(s.ndcgAt10())));
    }
    JsonObjectBuilder byTag = Json.createObjectBuilder();
    tags(scored).forEach((tag, list) -> byTag.add(tag, Averages.of(list).json()));
    JsonObject report =
        Json.createObjectBuilder()
            .add("averages", all.json())
            .add("byTag", byTag)
            .add("queries", perQuery)
            .build();
    try (Writer out = Files.newBufferedWriter(dir.resolve("report.json"), StandardCharsets.UTF_8);
        JsonWriter writer =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
      writer.writeObject(report);
    }
  }

  static Map<String, List<Scored>> tags(List<Scored> scored) {
    Map<String, List<Scored>> byTag = new TreeMap<>();
    for (Scored s : scored) {
      for (String tag : s.tags()) {
        byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(s);
      }
    }
    return byTag;
  }

  static String markdown(List<Scored> scored, Averages all) {
    StringBuilder md = new StringBuilder("# Search relevance report\n\n");
    md.append("| Queries | P@5 | R@10 | MRR | nDCG@10 |\n|---|---|---|---|---|\n");
    md.append(row("all (" + all.queries() + ")", all));
    tags(scored)
        .forEach((tag, list) -> md.append(row(tag + " (" + list.size() + ")", Averages.of(list))));
    md.append(
        "\n| Id | Query | Tags | Found | P@5 | R@10 | RR | nDCG@10 | Top 5 (grade) | Missed in top 10 |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (Scored s : scored) {
      List<String> top = new ArrayList<>();
      for (String id : s.ranked().subList(0, Math.min(5, s.ranked().size()))) {
        top.add(id + " (" + s.judged().getOrDefault(id, 0) + ")");
      }
      String corrected =
          s.corrections().isEmpty()
              ? ""
              : " → "
                  + s.corrections().values().stream()
                      .map(v -> ((JsonString) v).getString())
                      .toList();
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s%s | %s | %d | %.2f | %.2f | %.2f | %.2f | %s | %s |%n",
              s.query().getString("id"),
              s.query().getString("query"),
              corrected,
              String.join(", ", s.tags()),
              s.total(),
              s.precisionAt5(),
              s.recallAt10(),
              s.reciprocalRank(),
              s.ndcgAt10(),
              String.join(", ", top),
              String.join(", ", s.missed())));
    }
    return md.toString();
  }

  static String row(String label, Averages a) {
    return String.format(
        Locale.ROOT,
        "| %s | %.3f | %.3f | %.3f | %.3f |%n",
        label,
        a.precisionAt5(),
        a.recallAt10(),
        a.mrr(),
        a.ndcgAt10());
  }

  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
