// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyTermSurfacesTest {

  static final String TEXT =
      "Épicerie solidaire. Les épiceries solidaires du quartier vendent les invendus ;"
          + " une épicerie itinérante et un tiers-lieu. Épiceries !";

  @Test
  void candidatesAreTheWordsStartingLikeAStemWithoutAccents() {
    assertThat(KeyTermSurfaces.candidateWords(TEXT, List.of("epicer", "tiers-lieu", "quarti")))
        .containsExactly("épicerie", "épiceries", "quartier", "tiers-lieu");
  }

  @Test
  void noLexemesNoCandidates() {
    assertThat(KeyTermSurfaces.candidateWords(TEXT, List.of())).isEmpty();
    assertThat(KeyTermSurfaces.candidateWords(null, List.of("epicer"))).isEmpty();
  }

  @Test
  void theMostFrequentFormWinsThenTheShortest() {
    Map<String, String> chosen =
        KeyTermSurfaces.choose(
            TEXT,
            Map.of(
                "épicerie", List.of("epicer"),
                "épiceries", List.of("epicer"),
                "solidaire", List.of("solidair"),
                "solidaires", List.of("solidair")));
    // épiceries: 2 (« épiceries », « Épiceries »), épicerie: 2; the shorter one.
    assertThat(chosen).containsEntry("epicer", "épicerie").containsEntry("solidair", "solidaire");
  }

  @Test
  void aCompoundNamesItsWholeLexemeNotItsParts() {
    Map<String, String> chosen =
        KeyTermSurfaces.choose(
            "tiers-lieu tiers-lieu lieu",
            Map.of("tiers-lieu", List.of("tiers-lieu", "tier", "lieu"), "lieu", List.of("lieu")));
    assertThat(chosen).containsEntry("tiers-lieu", "tiers-lieu").containsEntry("lieu", "lieu");
    assertThat(chosen).doesNotContainKey("tier");
  }

  @Test
  void unaccentedLikeTheDatabase() {
    assertThat(KeyTermSurfaces.unaccented("œuvre élève ça")).isEqualTo("oeuvre eleve ca");
  }

  @Test
  void keyTermWithoutSurfaceShowsItsLexeme() {
    assertThat(new KeyTerm("epicer", 0.5, null).surface()).isEqualTo("epicer");
    assertThat(new KeyTerm("epicer", 0.5, " ").surface()).isEqualTo("epicer");
  }
}
