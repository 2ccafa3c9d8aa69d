// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.domain.shared.DomainRuleViolation;

/** The whole taxonomy, immutable: look concepts up and check that keys exist. */
public final class Taxonomy {

  private final Map<TaxonomyScheme, Map<String, Concept>> schemes;

  public Taxonomy(Map<TaxonomyScheme, List<Concept>> concepts) {
    Map<TaxonomyScheme, Map<String, Concept>> copy = new EnumMap<>(TaxonomyScheme.class);
    for (TaxonomyScheme scheme : TaxonomyScheme.values()) {
      Map<String, Concept> byKey = new LinkedHashMap<>();
      for (Concept concept : concepts.getOrDefault(scheme, List.of())) {
        if (byKey.put(concept.key(), concept) != null) {
          throw new IllegalArgumentException(
              "duplicate key " + concept.key() + " in " + scheme.key());
        }
      }
      for (Concept concept : byKey.values()) {
        concept
            .broader()
            .filter(b -> !byKey.containsKey(b))
            .ifPresent(
                b -> {
                  throw new IllegalArgumentException(
                      "broader concept " + b + " of " + concept.key() + " is missing");
                });
      }
      copy.put(scheme, java.util.Collections.unmodifiableMap(byKey));
    }
    this.schemes = copy;
  }

  /** The concepts of a scheme, in the catalogue's order. */
  public Collection<Concept> concepts(TaxonomyScheme scheme) {
    return schemes.get(scheme).values();
  }

  public Optional<Concept> find(TaxonomyScheme scheme, String key) {
    return Optional.ofNullable(schemes.get(scheme).get(key));
  }

  public boolean contains(TaxonomyScheme scheme, String key) {
    return schemes.get(scheme).containsKey(key);
  }

  /**
   * @throws DomainRuleViolation naming the field and the first unknown key
   */
  public List<String> requireKnown(TaxonomyScheme scheme, Collection<String> keys, String field) {
    List<String> checked = new ArrayList<>();
    for (String key : keys) {
      if (!contains(scheme, key)) {
        throw new DomainRuleViolation(
            field, "'" + key + "' is not a key of the " + scheme.key() + " scheme");
      }
      if (!checked.contains(key)) {
        checked.add(key);
      }
    }
    return List.copyOf(checked);
  }
}
