// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarityTest {

  static final URI SOURCE = URI.create("https://lons.example/objects/projects/1");
  static final URI DEFI = URI.create("https://lons.example/objects/challenges/4");

  static final SimilarSource EPICERIE =
      new SimilarSource(
          SOURCE,
          "Épicerie solidaire",
          null,
          null,
          List.of("food", "food.access"),
          List.of("incubation"),
          DEFI);

  static final List<KeyTerm> TERMS =
      List.of(
          new KeyTerm("epicer", 0.7, "épicerie"),
          new KeyTerm("solidair", 0.5, "solidaire"),
          new KeyTerm("invendus", 0.4, "invendus"),
          new KeyTerm("quarti", 0.3, "quartier"));

  static SimilarCandidate candidate(
      String id, List<String> themes, List<String> modes, URI defi, double text, String... shared) {
    return new SimilarCandidate(
        URI.create("https://vierzon.example/objects/projects/" + id),
        themes,
        modes,
        defi,
        text,
        List.of(shared));
  }

  @Test
  void scoreIsTheWeightedSumOfTextThemesSupportModesAndDefi() {
    SimilarCandidate c =
        candidate(
            "7",
            List.of("food", "food.access", "social"),
            List.of("incubation"),
            DEFI,
            0.6,
            "epicer");
    SimilarMatch match =
        Similarity.rank(EPICERIE, TERMS, List.of(c), Similarity.PROJECTS, 10).get(0);
    assertThat(match.text()).isCloseTo(0.6, within(1e-9));
    assertThat(match.themes()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(match.supportModes()).isCloseTo(1.0, within(1e-9));
    assertThat(match.sameChallenge()).isTrue();
    assertThat(match.score())
        .isCloseTo(0.55 * 0.6 + 0.25 * 2.0 / 3 + 0.10 * 1 + 0.10 * 1, within(1e-9));
  }

  @Test
  void moreWordsInCommonRankFirstThenThemesBreakTies() {
    SimilarCandidate words =
        candidate("1", List.of("food", "food.access"), List.of(), null, 0.5, "epicer", "solidair");
    SimilarCandidate themesOnly =
        candidate("2", List.of("food", "food.access"), List.of(), null, 0, new String[0]);
    SimilarCandidate otherTheme =
        candidate("3", List.of("mobility"), List.of(), null, 0.5, "epicer", "solidair");
    List<SimilarMatch> ranked =
        Similarity.rank(
            EPICERIE, TERMS, List.of(themesOnly, otherTheme, words), Similarity.PROJECTS, 10);
    assertThat(ranked)
        .extracting(m -> m.objectUri().getPath())
        .containsExactly("/objects/projects/1", "/objects/projects/3", "/objects/projects/2");
  }

  @Test
  void theSourceItselfAndCandidatesSharingNothingAreLeftOut() {
    SimilarCandidate itself =
        new SimilarCandidate(SOURCE, List.of("food"), List.of(), null, 1.0, List.of("epicer"));
    SimilarCandidate nothing = candidate("9", List.of("culture"), List.of("loan"), null, 0);
    assertThat(Similarity.rank(EPICERIE, TERMS, List.of(itself, nothing), Similarity.PROJECTS, 10))
        .isEmpty();
  }

  @Test
  void limitKeepsTheBest() {
    List<SimilarCandidate> many =
        List.of(
            candidate("1", List.of(), List.of(), null, 0.1, "quarti"),
            candidate("2", List.of(), List.of(), null, 0.3, "epicer"),
            candidate("3", List.of(), List.of(), null, 0.2, "solidair"));
    assertThat(Similarity.rank(EPICERIE, TERMS, many, Similarity.PROJECTS, 2))
        .extracting(SimilarMatch::text)
        .containsExactly(0.3, 0.2);
  }

  @Test
  void explanationNamesSurfaceWordsStrongestFirstAndMostSpecificThemes() {
    SimilarCandidate c =
        candidate(
            "7",
            List.of("food", "food.access", "food.short-circuits"),
            List.of("incubation", "loan"),
            null,
            0.4,
            "invendus",
            "epicer",
            "inconnu");
    SimilarMatch match =
        Similarity.rank(EPICERIE, TERMS, List.of(c), Similarity.PROJECTS, 1).get(0);
    // A shared lexeme the source's terms do not name (should not happen) shows as the stem.
    assertThat(match.sharedTerms()).containsExactly("invendus", "épicerie", "inconnu");
    assertThat(match.sharedThemes()).containsExactly("food.access");
    assertThat(match.sharedSupportModes()).containsExactly("incubation");
    assertThat(match.sameChallenge()).isFalse();
  }

  @Test
  void jaccardOfSets() {
    assertThat(Similarity.jaccard(List.of("a", "b"), List.of("b", "c"))).isEqualTo(1.0 / 3);
    assertThat(Similarity.jaccard(List.of(), List.of())).isZero();
    assertThat(Similarity.jaccard(List.of("a", "a"), List.of("a"))).isEqualTo(1.0);
  }

  @Test
  void mostSpecificDropsAncestors() {
    assertThat(
            Similarity.mostSpecific(
                List.of("food", "food.access", "mobility", "food.access.x", "food.short")))
        .containsExactly("mobility", "food.access.x", "food.short");
    // « food » is not an ancestor of « foodstuff »: a dot separates levels.
    assertThat(Similarity.mostSpecific(List.of("food", "foodstuff")))
        .containsExactly("food", "foodstuff");
  }

  @Test
  void strongestTermsByWeight() {
    assertThat(
            Similarity.strongest(
                List.of(TERMS.get(3), TERMS.get(1), TERMS.get(0), TERMS.get(2)), 2))
        .extracting(KeyTerm::lexeme)
        .containsExactly("epicer", "solidair");
  }

  @Test
  void weightsAddUpToOne() {
    assertThatThrownBy(() -> new Similarity.Weights(0.5, 0.5, 0.5, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Similarity.Weights(1.2, -0.2, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
