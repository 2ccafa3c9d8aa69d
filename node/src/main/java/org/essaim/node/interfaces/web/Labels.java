// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.essaim.node.domain.model.taxonomy.Concept;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;

/** Words for keys: taxonomy concepts in the visitor's language, dates written out. */
public final class Labels {

  private Labels() {}

  /** The concept's label in {@code locale}; the key itself when the taxonomy lacks it. */
  public static String concept(
      Taxonomy taxonomy, TaxonomyScheme scheme, String key, Locale locale) {
    return taxonomy.find(scheme, key).map(c -> label(c, locale)).orElse(key);
  }

  /** The concept's label in {@code locale}. */
  public static String label(Concept concept, Locale locale) {
    return locale.getLanguage().equals("en") ? concept.labelEn() : concept.labelFr();
  }

  /**
   * The everyday words of a theme for the public: in French its verb (« se nourrir ») when the
   * taxonomy has one as its first alternative label, else its label.
   */
  public static String everyday(Concept concept, Locale locale) {
    if (locale.getLanguage().equals("en")) {
      return concept.labelEn();
    }
    List<String> alt = concept.altLabels();
    return alt.isEmpty() ? concept.labelFr() : capitalised(alt.get(0));
  }

  public static List<String> themes(Taxonomy taxonomy, List<String> keys, Locale locale) {
    return keys.stream().map(k -> concept(taxonomy, TaxonomyScheme.THEMES, k, locale)).toList();
  }

  /** « samedi 8 juin 2024, 18:30 » / « Saturday 8 June 2024, 18:30 ». */
  public static String dateTime(LocalDateTime at, Locale locale) {
    return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale).format(at);
  }

  /** « 8 juin 2024 ». */
  public static String date(java.time.LocalDate at, Locale locale) {
    return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(at);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
