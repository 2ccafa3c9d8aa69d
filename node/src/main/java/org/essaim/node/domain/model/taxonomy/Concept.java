// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.taxonomy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One concept of a scheme, e.g. theme {@code food.short-supply-chains} « Circuits courts ».
 *
 * @param key the stable identifier stored by entities and sent over federation
 * @param labelFr the French label, shown first
 * @param labelEn the English label
 * @param broader the key of the broader concept, if any ({@code food} for the example)
 * @param altLabels everyday words for it (« se nourrir »), used by the public dream form
 */
public record Concept(
    String key, String labelFr, String labelEn, Optional<String> broader, List<String> altLabels) {

  public Concept {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(labelFr, "labelFr");
    Objects.requireNonNull(labelEn, "labelEn");
    broader = broader == null ? Optional.empty() : broader;
    altLabels = List.copyOf(altLabels == null ? List.of() : altLabels);
  }
}
