// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TsvectorTextTest {

  @Test
  void splitsLexemesByWeightOncePerPosition() {
    List<List<String>> weights = TsvectorText.byWeight("'jardin':1A,7C 'partag':2A,3B,9 'vel':4B");
    assertEquals(List.of("jardin", "partag"), weights.get(0));
    assertEquals(List.of("partag", "vel"), weights.get(1));
    assertEquals(List.of("jardin", "partag"), weights.get(2));
  }

  @Test
  void readsQuotesAndBackslashesAndLexemesWithoutPositions() {
    List<List<String>> weights = TsvectorText.byWeight("'aujourd''hui':1A 'a\\\\b':2 'nu'");
    assertEquals(List.of("aujourd'hui"), weights.get(0));
    assertEquals(List.of("a\\b", "nu"), weights.get(2));
  }

  @Test
  void emptyAndNullHaveNoLexemes() {
    assertEquals(List.of(List.of(), List.of(), List.of()), TsvectorText.byWeight(""));
    assertEquals(List.of(List.of(), List.of(), List.of()), TsvectorText.byWeight(null));
  }

  @Test
  void refusesWhatIsNotATsvector() {
    assertThrows(IllegalArgumentException.class, () -> TsvectorText.byWeight("jardin:1"));
    assertThrows(IllegalArgumentException.class, () -> TsvectorText.byWeight("'jardin"));
  }
}
