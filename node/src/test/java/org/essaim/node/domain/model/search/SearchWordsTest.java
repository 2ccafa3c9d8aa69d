// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

  @Test
  void wordsAreRunsOfLettersAndDigitsLowerCased() {
    assertThat(SearchWords.of("Jardins partagés, « Marjorie » & co-working 2024!"))
        .containsExactly("jardins", "partagés", "marjorie", "co", "working", "2024");
  }

  @Test
  void operatorsAndQuotesOnlySeparateWords() {
    assertThat(SearchWords.of("'tiers-lieu' | !(repair) <script>"))
        .containsExactly("tiers", "lieu", "repair", "script");
  }

  @Test
  void decomposedAccentsStayInTheirWord() {
    assertThat(SearchWords.of("e\u0301picerie")).containsExactly("épicerie");
  }

  @Test
  void aPastedTextIsBounded() {
    String text = "mot ".repeat(100) + "x".repeat(500);

    assertThat(SearchWords.of(text)).hasSize(SearchWords.MAX_WORDS);
    assertThat(SearchWords.of("y".repeat(500)).get(0)).hasSize(SearchWords.MAX_WORD_LENGTH);
  }

  @Test
  void nothingToSearchInBlanksOrPunctuation() {
    assertThat(SearchWords.of(null)).isEmpty();
    assertThat(SearchWords.of("  ,;!? ")).isEmpty();
  }
}
