// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a query: runs of letters and digits, lower-cased; punctuation, operators and quotes
 * only separate words (every word must match). Bounded, so a pasted text cannot make a huge query.
 */
public final class SearchWords {

  /** Words kept from one query. */
  public static final int MAX_WORDS = 12;

  /** Longest word kept (longer ones are cut). */
  public static final int MAX_WORD_LENGTH = 60;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private SearchWords() {}

  public static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    Matcher matcher = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
    while (matcher.find() && words.size() < MAX_WORDS) {
      String word = matcher.group().toLowerCase(Locale.ROOT);
      words.add(word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word);
    }
    return words;
  }
}
