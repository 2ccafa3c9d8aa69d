// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.taxonomy;

import java.util.Arrays;
import java.util.Optional;

/** The schemes of the network's taxonomy, by their stable key. */
public enum TaxonomyScheme {
  THEMES("themes"),
  SUPPORT_MODES("support-modes"),
  PROJECT_STAGES("project-stages"),
  LEGAL_FORMS("legal-forms"),
  STRUCTURE_ROLES("structure-roles"),
  TERRITORY_TYPES("territory-types"),
  FUNDING_INSTRUMENTS("funding-instruments"),
  IMPACT_INDICATORS("impact-indicators"),
  IMPACT_GOALS("impact-goals");

  private final String key;

  TaxonomyScheme(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<TaxonomyScheme> byKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }
}
