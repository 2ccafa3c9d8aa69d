// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.methodsheet;

import java.util.List;
import java.util.Locale;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * The licence a sheet is shared under, as an SPDX identifier. The sheets are « communs »: open
 * licences only, {@link #DEFAULT} CC-BY-SA-4.0.
 *
 * @param spdxId the identifier, spelt as SPDX spells it
 */
public record Licence(String spdxId) {

  /** The identifiers accepted, in SPDX spelling. */
  public static final List<String> KNOWN =
      List.of(
          "CC-BY-SA-4.0",
          "CC-BY-4.0",
          "CC0-1.0",
          "CC-BY-NC-SA-4.0",
          "CC-BY-NC-4.0",
          "CC-BY-ND-4.0",
          "CC-BY-NC-ND-4.0",
          "etalab-2.0",
          "ODbL-1.0");

  public static final Licence DEFAULT = new Licence("CC-BY-SA-4.0");

  public Licence {
    if (!KNOWN.contains(spdxId)) {
      throw new DomainRuleViolation("licence", "must be one of " + KNOWN);
    }
  }

  /**
   * A licence by identifier, case ignored; {@link #DEFAULT} when absent.
   *
   * @throws DomainRuleViolation for an identifier not in {@link #KNOWN}
   */
  public static Licence of(String id) {
    if (id == null || id.isBlank()) {
      return DEFAULT;
    }
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return KNOWN.stream()
        .filter(k -> k.toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst()
        .map(Licence::new)
        .orElseThrow(
            () ->
                new DomainRuleViolation(
                    "licence", "'" + id + "' is not an accepted SPDX id; use one of " + KNOWN));
  }
}
