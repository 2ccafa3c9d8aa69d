// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.bench;

import static org.essaim.node.testsupport.HttpCalls.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.essaim.node.testsupport.FederationAdmin;
import org.essaim.node.testsupport.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The search load harness (issue 6), run on demand by the {@code federation-bench} profile (see
 * docs/performance.md), never by {@code ./mvnw verify}; it asserts no figure.
 *
 * <ol>
 *   <li>{@link #searchLatency()}: the index of one real node filled in SQL with a synthetic corpus
 *       of federated copies (words drawn with a skewed distribution from the network taxonomy's
 *       French labels and a list of everyday project words; themes, territories, regions, kinds
 *       spread over their values), for each size of {@code bench.search.sizes}; then a fixed mix of
 *       queries (one to three words, some with a typo, some with a theme or region filter) sent one
 *       at a time through {@code GET /api/search}: p50, p95, p99.
 *   <li>{@link #publishToSearchable()}: a territory node and an aggregator that follows it; a
 *       PUBLIC project created on the territory, then the aggregator's search polled every 10 ms
 *       until it finds it: the delay from the creation's answer to searchable, p50 and p95.
 * </ol>
 *
 * <p>The {@code similar} scenario (same corpus, same sizes) computes every entry's key terms with
 * the indexer's SQL function after counting the document frequencies, creates {@code
 * bench.similar.sources} (50) projects through the API with texts drawn from the same vocabulary,
 * then asks {@code GET /api/projects/{id}/similar?limit=10} anonymously for random ones among them
 * ({@code bench.similar.queries}, 400): p50, p95, p99.
 *
 * <p>Parameters: {@code bench.scenarios} (search,publish; add similar), {@code bench.search.sizes}
 * (100000,1000000), {@code bench.search.queries} (600), {@code bench.publish.count} (60).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchBench {

  static final List<String> results = new ArrayList<>();
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** Everyday words of the network's projects, beside the taxonomy labels. */
  static final String PROJECT_WORDS =
      "jardin jardins partagé compost compostage épicerie solidaire recyclerie ressourcerie vélo"
          + " vélos atelier réparation insertion emploi jeunes quartier village coopérative"
          + " alimentation circuit court producteurs locaux maraîchage bio cantine restaurant"
          + " tiers-lieu habitants citoyens mobilité covoiturage transport santé seniors enfants"
          + " école formation numérique culture musique théâtre sport bois énergie solaire habitat"
          + " logement rénovation déchets réemploi textile couture friperie café associatif"
          + " marché ferme agriculteurs paysans apiculture miel pain boulangerie brasserie"
          + " conserverie légumes fruits eau rivière forêt biodiversité tourisme accueil réfugiés"
          + " handicap inclusion aidants garde crèche entreprise création porteur projet"
          + " accompagnement incubateur financement mécénat bénévoles salariés chantier"
          + " menuiserie ressourcerie outils prêt partage conciergerie livraison épicerie"
          + " itinérante camion rural urbain commune territoire département région collectif";

  static NodeProcess node;

  @BeforeAll
  static void start() {
    // Started by each scenario: the publish scenario needs two nodes of its own.
  }

  @AfterAll
  static void report() {
    System.out.println();
    System.out.println("=== Search bench results ===");
    results.forEach(System.out::println);
  }

  // ---------------------------------------------------------------------------------------------
  // 1. Search latency over a synthetic network index
  // ---------------------------------------------------------------------------------------------

  @Test
  @Order(1)
  void searchLatency() throws Exception {
    if (!enabled("search") && !enabled("similar")) {
      return;
    }
    node = NodeProcess.start("search-bench");
    try {
      List<String> words = words();
      List<String> themes = themes();
      log("%d distinct words, %d theme keys", words.size(), themes.size());
      prepare(words);
      long filled = 0;
      for (String size : System.getProperty("bench.search.sizes", "100000,1000000").split(",")) {
        long target = Long.parseLong(size.strip());
        long begin = System.nanoTime();
        fill(filled + 1, target, words, themes);
        filled = target;
        log("index filled to %d entries in %.0f s", target, (System.nanoTime() - begin) / 1e9);
        begin = System.nanoTime();
        awaitEngine(target);
        log("engine caught up in %.0f s", (System.nanoTime() - begin) / 1e9);
        if (enabled("search")) {
          measure(target, queries(words, themes));
        }
        if (enabled("similar")) {
          begin = System.nanoTime();
          keyTerms();
          log("key terms computed in %.0f s", (System.nanoTime() - begin) / 1e9);
          if (sources.isEmpty()) {
            sources.addAll(similarSources(words, themes));
          }
          measureSimilar(target);
        }
      }
    } finally {
      node.close();
    }
  }

  /** Waits until the search engine sees every entry of the table (it follows a bulk load). */
  static void awaitEngine(long entries) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response = node.getAsAdmin("/api/admin/search");
      if (response.statusCode() == 200
          && json(response).getJsonNumber("searchable").longValue() >= entries) {
        return;
      }
      Thread.sleep(2_000);
    }
    throw new IllegalStateException("the search engine did not catch up with " + entries);
  }

  static void measure(long size, List<String> queries) throws Exception {
    int count = Integer.getInteger("bench.search.queries", 600);
    for (int i = 0; i < Math.min(100, count); i++) {
      search(queries.get(i % queries.size()));
    }
    long[] took = new long[count];
    long totalHits = 0;
    for (int i = 0; i < count; i++) {
      long begin = System.nanoTime();
      totalHits += search(queries.get(i % queries.size()));
      took[i] = System.nanoTime() - begin;
    }
    Arrays.sort(took);
    String line =
        String.format(
            Locale.ROOT,
            "search  %,9d entries  %d queries  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  "
                + "max %6.1f ms  mean results %,d",
            size,
            count,
            took[count / 2] / 1e6,
            took[(int) (count * 0.95)] / 1e6,
            took[(int) (count * 0.99)] / 1e6,
            took[count - 1] / 1e6,
            totalHits / count);
    log(line);
    results.add(line);
  }

  /** Local projects the similar scenario asks suggestions for. */
  static final List<Long> sources = new ArrayList<>();

  /**
   * Key terms of every synthetic entry that has none, as the indexer computes them (the same SQL
   * function, over the entry's tsvector: the corpus has no taxonomy labels to leave out), after the
   * document frequencies were counted over the whole corpus.
   */
  static void keyTerms() throws SQLException {
    try (Connection db = database();
        Statement statement = db.createStatement()) {
      statement.execute("DELETE FROM search_lexeme");
      statement.execute(
          "INSERT INTO search_lexeme (lexeme, documents)"
              + " SELECT word, ndoc FROM ts_stat('SELECT tsv FROM search_document')");
      statement.execute(
          "INSERT INTO search_statistics (id, documents, refreshed_at)"
              + " VALUES (1, (SELECT count(*) FROM search_document), now())"
              + " ON CONFLICT (id) DO UPDATE SET documents = excluded.documents,"
              + " refreshed_at = excluded.refreshed_at");
      statement.execute("DROP INDEX IF EXISTS search_term_lexeme_idx");
      statement.execute(
          "INSERT INTO search_term (document_id, lexeme, kind, weight, surface)"
              + " SELECT d.id, k.lexeme, d.kind, k.weight, k.lexeme FROM search_document d"
              + " CROSS JOIN LATERAL essaim_key_terms(d.tsv, 24) k"
              + " WHERE d.origin = 'REMOTE'"
              + " AND NOT EXISTS (SELECT 1 FROM search_term t WHERE t.document_id = d.id)");
      statement.execute(
          "CREATE INDEX search_term_lexeme_idx ON search_term (lexeme, kind, weight DESC)"
              + " INCLUDE (document_id)");
      statement.execute("VACUUM ANALYZE search_term");
      statement.execute("ANALYZE search_lexeme");
    }
  }

  /**
   * Projects of this node, created through the API with texts drawn from the corpus's vocabulary
   * and themes (indexed by the indexer, key terms included): the sources of the similar queries.
   */
  static List<Long> similarSources(List<String> words, List<String> themes) throws Exception {
    Random random = new Random(7);
    List<Long> ids = new ArrayList<>();
    int count = Integer.getInteger("bench.similar.sources", 50);
    for (int i = 0; i < count; i++) {
      String theme = themes.get(random.nextInt(themes.size()));
      String json =
          ("{\"title\":\"%s\",\"summary\":\"%s\",\"description\":\"%s\","
                  + "\"stage\":\"idea\",\"origin\":\"ACCELERATED_EXISTING\","
                  + "\"themes\":[\"%s\"],\"visibility\":\"PUBLIC\"}")
              .formatted(
                  jsonText(random, words, 4 + random.nextInt(4)),
                  jsonText(random, words, 15 + random.nextInt(20)),
                  jsonText(random, words, 60 + random.nextInt(80)),
                  theme.substring(theme.indexOf(' ') + 1));
      HttpResponse<String> created = node.sendJsonAsAdmin("POST", "/api/projects", json);
      if (created.statusCode() != 201) {
        throw new IllegalStateException(created.body());
      }
      ids.add(json(created).getJsonNumber("id").longValue());
    }
    return ids;
  }

  /** Words drawn like the corpus's, safe inside a JSON string. */
  static String jsonText(Random random, List<String> words, int length) {
    return text(random, words, length).replace("\"", "").replace("\\", "");
  }

  static void measureSimilar(long size) throws Exception {
    int count = Integer.getInteger("bench.similar.queries", 400);
    Random random = new Random(11);
    for (int i = 0; i < Math.min(50, count); i++) {
      similar(sources.get(random.nextInt(sources.size())));
    }
    long[] took = new long[count];
    long suggestions = 0;
    for (int i = 0; i < count; i++) {
      long source = sources.get(random.nextInt(sources.size()));
      long begin = System.nanoTime();
      suggestions += similar(source);
      took[i] = System.nanoTime() - begin;
    }
    Arrays.sort(took);
    String line =
        String.format(
            Locale.ROOT,
            "similar %,9d entries  %d queries  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  "
                + "max %6.1f ms  mean suggestions %.1f",
            size,
            count,
            took[count / 2] / 1e6,
            took[(int) (count * 0.95)] / 1e6,
            took[(int) (count * 0.99)] / 1e6,
            took[count - 1] / 1e6,
            suggestions / (double) count);
    log(line);
    results.add(line);
  }

  /** Asks for the top 10 similar projects of a project, anonymously; how many came back. */
  static int similar(long project) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(node.uri("/api/projects/" + project + "/similar?limit=10"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(project + " → " + response.statusCode() + response.body());
    }
    return json(response).getJsonArray("items").size();
  }

  /** Sends one search; the number of results it found. */
  static long search(String query) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(node.uri("/api/search?" + query)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(query + " → " + response.statusCode() + response.body());
    }
    return json(response).getJsonNumber("totalItems").longValue();
  }

  /** A fixed mix of queries (same seed every run). */
  static List<String> queries(List<String> words, List<String> themes) {
    Random random = new Random(42);
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int length = 1 + random.nextInt(3);
      List<String> picked = new ArrayList<>();
      for (int w = 0; w < length; w++) {
        // Content words: past the most frequent ones (articles, prepositions), skewed to the head.
        String word = words.get(30 + skewed(random, Math.min(words.size(), 3000) - 30));
        if (random.nextInt(10) == 0 && word.length() >= 6) {
          int cut = 1 + random.nextInt(word.length() - 2);
          word = word.substring(0, cut) + word.substring(cut + 1); // a typo: one letter dropped
        }
        picked.add(word);
      }
      StringBuilder query =
          new StringBuilder("q=")
              .append(URLEncoder.encode(String.join(" ", picked), StandardCharsets.UTF_8));
      int filter = random.nextInt(10);
      if (filter == 0) {
        String theme = themes.get(random.nextInt(themes.size()));
        query.append("&theme=").append(theme.substring(0, theme.indexOf(' ')));
      } else if (filter == 1) {
        query
            .append("&region=")
            .append(URLEncoder.encode(region(random.nextInt(13)), StandardCharsets.UTF_8));
      }
      queries.add(query.toString());
    }
    return queries;
  }

  static int skewed(Random random, int n) {
    return Math.min(n - 1, (int) (n * Math.pow(random.nextDouble(), 2)));
  }

  static String region(int i) {
    return "Région " + (char) ('A' + i);
  }

  /** Words for the synthetic texts: taxonomy labels and everyday project words. */
  static List<String> words() throws Exception {
    Set<String> words = new LinkedHashSet<>();
    try (InputStream in = SearchBench.class.getResourceAsStream("/bench/vocabulary-fr.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.strip());
        }
      }
    }
    words.addAll(Arrays.asList(PROJECT_WORDS.split(" ")));
    try (InputStream in =
            SearchBench.class.getResourceAsStream("/org/essaim/federation/taxonomy/taxonomy.json");
        JsonReader reader = Json.createReader(in)) {
      for (JsonValue scheme : reader.readObject().getJsonArray("schemes")) {
        for (JsonValue concept : scheme.asJsonObject().getJsonArray("concepts")) {
          JsonObject c = concept.asJsonObject();
          List<String> texts = new ArrayList<>();
          texts.add(c.getString("fr", ""));
          if (c.containsKey("altLabels")) {
            c.getJsonArray("altLabels")
                .forEach(v -> texts.add(((jakarta.json.JsonString) v).getString()));
          }
          for (String text : texts) {
            for (String word :
                Normalizer.normalize(text, Normalizer.Form.NFC)
                    .toLowerCase(Locale.ROOT)
                    .split("[^\\p{L}]+")) {
              if (word.length() >= 3) {
                words.add(word);
              }
            }
          }
        }
      }
    }
    return new ArrayList<>(words);
  }

  /** Theme keys with their ancestors, as the index stores them ("food food.access"). */
  static List<String> themes() throws Exception {
    List<String> themes = new ArrayList<>();
    try (InputStream in =
            SearchBench.class.getResourceAsStream("/org/essaim/federation/taxonomy/taxonomy.json");
        JsonReader reader = Json.createReader(in)) {
      for (JsonValue scheme : reader.readObject().getJsonArray("schemes")) {
        if (!scheme.asJsonObject().getString("key").equals("themes")) {
          continue;
        }
        for (JsonValue concept : scheme.asJsonObject().getJsonArray("concepts")) {
          String key = concept.asJsonObject().getString("key");
          int dot = key.indexOf('.');
          themes.add(dot < 0 ? key + " " + key : key.substring(0, dot) + " " + key);
        }
      }
    }
    return themes;
  }

  /** The lexicon of typo tolerance: every lexeme of the vocabulary. */
  static void prepare(List<String> words) throws SQLException {
    try (Connection db = database();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO search_word (word) SELECT DISTINCT u.lexeme"
                    + " FROM unnest(to_tsvector('essaim_french', ?)) u ON CONFLICT DO NOTHING")) {
      insert.setString(1, String.join(" ", words));
      insert.executeUpdate();
    }
  }

  /**
   * Adds entries {@code from}..{@code to}, generated in Java from a seeded random source and sent
   * with COPY (the tsvector is computed by PostgreSQL, as for real entries); the indexes are
   * dropped for the load and built again.
   */
  static void fill(long from, long to, List<String> words, List<String> themes)
      throws SQLException, IOException {
    try (Connection db = database();
        Statement statement = db.createStatement()) {
      statement.execute("DROP INDEX IF EXISTS search_document_tsv_idx");
      statement.execute("DROP INDEX IF EXISTS search_document_themes_idx");
      statement.execute("DROP INDEX IF EXISTS search_document_kind_updated_idx");
      CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
      Random random = new Random(from);
      Instant now = Instant.now();
      String[] kinds = {
        "PROJECT", "PROJECT", "PROJECT", "SOLUTION", "METHOD_SHEET", "CHALLENGE", "EVENT"
      };
      String[] stages = {"idea", "launch", "growth"};
      String[] legalForms = {"ASSOCIATION_1901", "SCIC", "SCOP", "SAS_SARL"};
      long batch = 20_000;
      for (long start = from; start <= to; start += batch) {
        long end = Math.min(to, start + batch - 1);
        StringBuilder rows = new StringBuilder();
        for (long g = start; g <= end; g++) {
          int territory = (int) (g % 30);
          String updated = now.minusSeconds(60 * g).toString();
          rows.append("https://t")
              .append(territory)
              .append(".bench.example/objects/")
              .append(g)
              .append('\t')
              .append(kinds[(int) (g % 7)])
              .append("\tREMOTE\t\\N\thttps://t")
              .append(territory)
              .append(".bench.example/actors/territory\tTerritoire ")
              .append(territory)
              .append('\t')
              .append(region(territory % 13))
              .append('\t')
              .append(text(random, words, 4 + (int) (g % 5)))
              .append('\t')
              .append(text(random, words, 15 + (int) (g % 20)))
              .append('\t')
              .append(text(random, words, 60 + (int) (g % 80)))
              .append('\t')
              .append(themes.get((int) (g % themes.size())))
              .append(' ')
              .append(themes.get((int) ((g * 7) % themes.size())))
              .append("\t\t")
              .append(stages[(int) (g % 3)])
              .append('\t')
              .append(legalForms[(int) (g % 4)])
              .append('\t')
              .append(g % 7 == 3)
              .append('\t')
              .append(g % 5 != 0)
              .append('\t')
              .append(updated)
              .append('\t')
              .append(updated)
              .append('\t')
              .append(now)
              .append('\n');
        }
        copy.copyIn(
            "COPY search_document (object_uri, kind, origin, local_id, territory_actor,"
                + " territory_name, region, title, summary, body, themes, support_modes, stage,"
                + " legal_form, transferable, public_searchable, published, updated, indexed_at)"
                + " FROM STDIN",
            new StringReader(rows.toString()));
      }
      statement.execute("CREATE INDEX search_document_tsv_idx ON search_document USING gin (tsv)");
      statement.execute(
          "CREATE INDEX search_document_themes_idx"
              + " ON search_document USING gin (string_to_array(themes, ' '))");
      statement.execute(
          "CREATE INDEX search_document_kind_updated_idx ON search_document (kind, updated DESC)");
      statement.execute("VACUUM ANALYZE search_document");
    }
  }

  /**
   * {@code count} words drawn with a skewed distribution: the most frequent words of the vocabulary
   * (which is ordered by frequency) come most often, as in real texts.
   */
  static String text(Random random, List<String> words, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(words.get((int) (words.size() * Math.pow(random.nextDouble(), 3))));
    }
    return text.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // 2. Publish on a territory node → searchable on the aggregator
  // ---------------------------------------------------------------------------------------------

  @Test
  @Order(2)
  void publishToSearchable() throws Exception {
    if (!enabled("publish")) {
      return;
    }
    NodeProcess territory = null;
    NodeProcess aggregator = null;
    try {
      territory =
          NodeProcess.start("publish-bench-territory", Map.of("ESSAIM_TERRITORY_NAME", "Lons"));
      Map<String, String> national = new HashMap<>();
      national.put("ESSAIM_NODE_MODE", "aggregator");
      national.put("ESSAIM_TERRITORY_NAME", "Start-Up de Territoire");
      aggregator = NodeProcess.start("publish-bench-aggregator", national);
      FederationAdmin t = new FederationAdmin(territory);
      FederationAdmin a = new FederationAdmin(aggregator);
      t.policy("AUTOMATIC", "OPEN");
      a.policy("AUTOMATIC", "OPEN");
      a.follow(t.actor());
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (!a.followState(t.actor(), "following").equals("ACCEPTED")) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the aggregator's follow was not accepted");
        }
        Thread.sleep(100);
      }
      int count = Integer.getInteger("bench.publish.count", 60);
      int warmup = 10;
      long[] took = new long[count];
      for (int i = 0; i < warmup + count; i++) {
        String word = "benchmot" + Integer.toString(i, 26).replaceAll("[0-9]", "x") + "z";
        HttpResponse<String> created =
            territory.sendJsonAsAdmin(
                "POST",
                "/api/projects",
                ("{\"title\":\"Projet %s\",\"stage\":\"idea\","
                        + "\"origin\":\"ACCELERATED_EXISTING\",\"visibility\":\"PUBLIC\"}")
                    .formatted(word));
        if (created.statusCode() != 201) {
          throw new IllegalStateException(created.body());
        }
        long begin = System.nanoTime();
        awaitSearchable(aggregator, word);
        if (i >= warmup) {
          took[i - warmup] = System.nanoTime() - begin;
        }
      }
      Arrays.sort(took);
      String line =
          String.format(
              Locale.ROOT,
              "publish→searchable  %d projects  p50 %6.0f ms  p95 %6.0f ms  max %6.0f ms",
              count,
              took[count / 2] / 1e6,
              took[(int) (count * 0.95)] / 1e6,
              took[count - 1] / 1e6);
      log(line);
      results.add(line);
    } finally {
      for (NodeProcess n : new NodeProcess[] {territory, aggregator}) {
        if (n != null) {
          n.close();
        }
      }
    }
  }

  static void awaitSearchable(NodeProcess aggregator, String word) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    URI uri = aggregator.uri("/api/search?q=" + word);
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200
          && json(response).getJsonNumber("totalItems").longValue() > 0) {
        return;
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException(word + " never became searchable on the aggregator");
  }

  static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + node.databasePort() + "/essaim", "essaim", "essaim");
  }

  static boolean enabled(String scenario) {
    return Arrays.asList(System.getProperty("bench.scenarios", "search,publish").split(","))
        .contains(scenario);
  }

  static void log(String format, Object... arguments) {
    System.out.println("[bench] " + String.format(Locale.ROOT, format, arguments));
  }
}
