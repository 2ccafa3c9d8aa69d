// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.organization;

import java.util.Optional;
import java.util.Set;
import org.essaim.node.domain.shared.Visibility;

/**
 * Which organisations to list, by name.
 *
 * @param visibilities only these levels (never empty)
 * @param text French full-text search on name, acronym and presentation, accents ignored
 * @param legalForm only this legal form key
 * @param role only organisations with this structure role key
 */
public record OrganizationSearch(
    Set<Visibility> visibilities,
    Optional<String> text,
    Optional<String> legalForm,
    Optional<String> role) {

  public OrganizationSearch {
    if (visibilities == null || visibilities.isEmpty()) {
      throw new IllegalArgumentException("at least one visibility");
    }
    visibilities = Set.copyOf(visibilities);
  }
}
