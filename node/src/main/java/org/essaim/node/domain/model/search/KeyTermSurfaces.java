// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable words for key terms: the index keeps French stems ({@code epicer}), explanations show
 * the word the text uses most for it ({@code épiceries}). The stemmer is the database's; this class
 * only narrows the words to stem and chooses among them.
 */
public final class KeyTermSurfaces {

  // Letters and digits, hyphenated compounds kept whole as the text search parser does.
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Letters of a stem a word must start with (without accents) to be worth stemming. */
  static final int PREFIX = 3;

  private KeyTermSurfaces() {}

  /**
   * The distinct words of the text, lower-cased, that may stem to one of the lexemes: those that
   * start, accents removed, with the lexeme's first letters (French stems are almost always a
   * prefix of the word; a word missed only leaves the stem shown).
   */
  public static List<String> candidateWords(String text, Collection<String> lexemes) {
    Set<String> prefixes = new LinkedHashSet<>();
    for (String lexeme : lexemes) {
      prefixes.add(lexeme.substring(0, Math.min(PREFIX, lexeme.length())));
    }
    Set<String> words = new LinkedHashSet<>();
    for (String word : words(text)) {
      String plain = unaccented(word);
      for (String prefix : prefixes) {
        if (plain.startsWith(prefix)) {
          words.add(word);
          break;
        }
      }
    }
    return List.copyOf(words);
  }

  /**
   * For each lexeme, the word that stems to it and occurs most often in the text (then the
   * shortest, then the first in alphabetical order); lexemes without one are left out.
   *
   * @param text the text the lexemes come from
   * @param stems for each candidate word, the lexemes the stemmer gives it
   */
  public static Map<String, String> choose(String text, Map<String, List<String>> stems) {
    Map<String, Integer> counts = new HashMap<>();
    for (String word : words(text)) {
      counts.merge(word, 1, Integer::sum);
    }
    Map<String, String> chosen = new HashMap<>();
    Comparator<String> better =
        Comparator.<String>comparingInt(w -> counts.getOrDefault(w, 0))
            .reversed()
            .thenComparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());
    stems.forEach(
        (word, lexemes) -> {
          for (String lexeme : lexemes) {
            // A compound (« tiers-lieux ») names its whole lexeme, not the lexemes of its parts.
            boolean own = lexemes.size() == 1 || (word.contains("-") == lexeme.contains("-"));
            if (own) {
              chosen.merge(lexeme, word, (a, b) -> better.compare(a, b) <= 0 ? a : b);
            }
          }
        });
    return chosen;
  }

  private static List<String> words(String text) {
    if (text == null) {
      return List.of();
    }
    Matcher matcher = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
    java.util.ArrayList<String> words = new java.util.ArrayList<>();
    while (matcher.find()) {
      words.add(matcher.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  static String unaccented(String word) {
    return MARKS
        .matcher(Normalizer.normalize(word, Normalizer.Form.NFD))
        .replaceAll("")
        .replace("œ", "oe")
        .replace("æ", "ae");
  }
}
