// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.search;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.essaim.node.domain.model.search.SearchEntry;
import org.essaim.node.domain.model.search.SimilarMatch;
import org.essaim.node.domain.model.search.SimilarResult;
import org.essaim.node.domain.model.taxonomy.Concept;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;

/**
 * One suggestion of a similar object.
 *
 * @param id the object's id: its address on its territory's node
 * @param kind PROJECT or SOLUTION
 * @param origin LOCAL (this node's) or REMOTE (a copy of a peer's)
 * @param localId for LOCAL suggestions, the record's id in this node's API
 * @param title its name
 * @param summary its summary
 * @param url its web page
 * @param territory the territory that publishes it
 * @param region that territory's region
 * @param themes its theme keys (with their ancestors)
 * @param supportModes its support mode keys
 * @param stage project stage key
 * @param transferable whether it is, or comes with, a transferable solution
 * @param updated last changed
 * @param score from 0 to 1, the weighted sum of the parts of {@code why}
 * @param why what it shares with the source
 */
public record SimilarDocument(
    URI id,
    String kind,
    String origin,
    Long localId,
    String title,
    String summary,
    URI url,
    SearchHitDocument.TerritoryDocument territory,
    String region,
    List<String> themes,
    List<String> supportModes,
    String stage,
    boolean transferable,
    Instant updated,
    double score,
    Explanation why) {

  /** A page-less list of suggestions, best first. */
  public record ListDocument(List<SimilarDocument> items) {}

  /**
   * Why an object is suggested.
   *
   * @param text cosine of the two objects' key-term vectors, 0 to 1
   * @param themes Jaccard index of their themes (ancestors included), 0 to 1
   * @param supportModes Jaccard index of their support modes, 0 to 1
   * @param sameChallenge whether both answer the same défi
   * @param sharedThemes the most specific themes both have, with their French labels
   * @param sharedSupportModes the support modes both have, with their French labels
   * @param sharedTerms key words both use, as the source writes them, strongest first
   */
  public record Explanation(
      double text,
      double themes,
      double supportModes,
      boolean sameChallenge,
      List<Labelled> sharedThemes,
      List<Labelled> sharedSupportModes,
      List<String> sharedTerms) {}

  /**
   * A taxonomy key with its French label.
   *
   * @param key the key
   * @param label its French label, or the key when the taxonomy does not know it
   */
  public record Labelled(String key, String label) {}

  /** Suggestions as documents. */
  public static ListDocument list(List<SimilarResult> results, Taxonomy taxonomy) {
    return new ListDocument(results.stream().map(r -> of(r, taxonomy)).toList());
  }

  static SimilarDocument of(SimilarResult result, Taxonomy taxonomy) {
    SearchEntry e = result.entry();
    SimilarMatch m = result.match();
    return new SimilarDocument(
        e.objectUri(),
        e.kind().name(),
        e.origin().name(),
        e.localId(),
        e.title(),
        e.summary(),
        e.url(),
        new SearchHitDocument.TerritoryDocument(e.territoryActor(), e.territoryName()),
        e.region(),
        e.themes(),
        e.supportModes(),
        e.stage(),
        e.transferable(),
        e.updated(),
        round(m.score()),
        new Explanation(
            round(m.text()),
            round(m.themes()),
            round(m.supportModes()),
            m.sameChallenge(),
            labelled(m.sharedThemes(), TaxonomyScheme.THEMES, taxonomy),
            labelled(m.sharedSupportModes(), TaxonomyScheme.SUPPORT_MODES, taxonomy),
            m.sharedTerms()));
  }

  private static List<Labelled> labelled(
      List<String> keys, TaxonomyScheme scheme, Taxonomy taxonomy) {
    return keys.stream()
        .map(k -> new Labelled(k, taxonomy.find(scheme, k).map(Concept::labelFr).orElse(k)))
        .toList();
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  /** An example answer, for the API documentation. */
  public static final String EXAMPLE =
      "{\"items\":[{\"id\":\"https://essaim.vierzon.example/objects/projects/7\","
          + "\"kind\":\"PROJECT\",\"origin\":\"REMOTE\",\"localId\":null,"
          + "\"title\":\"Épicerie solidaire du Vierzonnais\","
          + "\"summary\":\"Une épicerie solidaire et un café associatif en centre-bourg.\","
          + "\"url\":\"https://vierzon.example/projets/epicerie\","
          + "\"territory\":{\"actor\":\"https://essaim.vierzon.example/actors/territory\","
          + "\"name\":\"Vierzon\"},\"region\":\"Centre-Val de Loire\","
          + "\"themes\":[\"food\",\"food.access\"],\"supportModes\":[\"incubation\"],"
          + "\"stage\":\"launch\",\"transferable\":false,\"updated\":\"2025-03-02T09:00:00Z\","
          + "\"score\":0.514,\"why\":{\"text\":0.48,\"themes\":1.0,\"supportModes\":0.0,"
          + "\"sameChallenge\":false,\"sharedThemes\":[{\"key\":\"food.access\","
          + "\"label\":\"Accès à l'alimentation\"}],\"sharedSupportModes\":[],"
          + "\"sharedTerms\":[\"épicerie\",\"solidaire\",\"invendus\"]}}]}";
}
