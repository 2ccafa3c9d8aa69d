// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.territory;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The geographic level of one area of a territory's perimeter, with the shape its official code
 * takes: INSEE codes for French communes, départements and régions, SIREN for EPCI, ISO 3166 for
 * countries and their subdivisions (Luxembourg's cantons, for instance).
 */
public enum PerimeterLevel {
  /** INSEE commune code, e.g. 38185 (Grenoble), 2A004 (Ajaccio). */
  COMMUNE("\\d{5}|2[AB]\\d{3}"),
  /** SIREN of the intercommunal body (EPCI), e.g. 200040715 (Grenoble-Alpes Métropole). */
  EPCI("\\d{9}"),
  /** INSEE département code, e.g. 54, 2A, 973 (Guyane). */
  DEPARTEMENT("0[1-9]|[1-8]\\d|9[0-5]|2[AB]|97[1-6]"),
  /** INSEE région code, e.g. 84 (Auvergne-Rhône-Alpes), 03 (Guyane). */
  REGION("\\d{2}"),
  /** ISO 3166-1 alpha-2 country code, e.g. FR, LU. */
  COUNTRY("[A-Z]{2}"),
  /** ISO 3166-2 subdivision code, e.g. LU-CA (canton de Capellen). */
  SUBDIVISION("[A-Z]{2}-[A-Z0-9]{1,3}"),
  /** Any other area (pays, PETR, PNR, bassin): a short local identifier. */
  OTHER("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");

  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  private final Pattern codeShape;

  PerimeterLevel(String codeShape) {
    this.codeShape = Pattern.compile(codeShape);
  }

  /** Whether {@code code} has the official shape of a code at this level. */
  public boolean accepts(String code) {
    if (code == null || !codeShape.matcher(code).matches()) {
      return false;
    }
    return switch (this) {
      case COUNTRY -> ISO_COUNTRIES.contains(code);
      case SUBDIVISION -> ISO_COUNTRIES.contains(code.substring(0, 2));
      default -> true;
    };
  }
}
