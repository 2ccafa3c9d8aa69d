// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.search.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads PostgreSQL's text form of a tsvector ({@code 'lexeme':1A,4 'other':2B}) into the lexemes of
 * each weight, one occurrence per position: the engine indexes the very lexemes PostgreSQL made, so
 * a query's words (stemmed, unaccented and corrected by PostgreSQL) find the same entries.
 */
final class TsvectorText {

  /** Lexemes by weight: [0] A (title), [1] B (summary), [2] C and D (body). */
  static List<List<String>> byWeight(String text) {
    List<List<String>> weights = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    if (text == null) {
      return weights;
    }
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (text.charAt(i) == ' ') {
        i++;
        continue;
      }
      if (text.charAt(i) != '\'') {
        throw new IllegalArgumentException("not a tsvector at " + i + ": " + text);
      }
      StringBuilder lexeme = new StringBuilder();
      i++;
      while (true) {
        if (i >= n) {
          throw new IllegalArgumentException("unterminated lexeme in " + text);
        }
        char c = text.charAt(i);
        if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
          lexeme.append('\'');
          i += 2;
        } else if (c == '\'') {
          i++;
          break;
        } else if (c == '\\' && i + 1 < n) {
          lexeme.append(text.charAt(i + 1));
          i += 2;
        } else {
          lexeme.append(c);
          i++;
        }
      }
      String word = lexeme.toString();
      if (i < n && text.charAt(i) == ':') {
        i++;
        // Positions: digits, then an optional weight letter (none means D), separated by commas.
        while (i < n && text.charAt(i) != ' ') {
          while (i < n && Character.isDigit(text.charAt(i))) {
            i++;
          }
          int weight = 2;
          if (i < n && Character.isLetter(text.charAt(i))) {
            char w = text.charAt(i++);
            weight = w == 'A' ? 0 : w == 'B' ? 1 : 2;
          }
          weights.get(weight).add(word);
          if (i < n && text.charAt(i) == ',') {
            i++;
          }
        }
      } else {
        weights.get(2).add(word); // stripped of positions: once, as body
      }
    }
    return weights;
  }

  private TsvectorText() {}
}
