// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.dream;

import java.util.Arrays;
import java.util.Optional;

/**
 * A coarse age band, optional. Participants range « de 7 à 107 ans »; under 15 (the French age of
 * digital consent) a contributor may not leave contact details at all.
 */
public enum AgeBand {
  UNDER_15("UNDER_15"),
  FROM_15_TO_17("15_17"),
  FROM_18_TO_25("18_25"),
  FROM_26_TO_64("26_64"),
  FROM_65("65_PLUS");

  private final String code;

  AgeBand(String code) {
    this.code = code;
  }

  /** How the band is written in the API: UNDER_15, 15_17, 18_25, 26_64, 65_PLUS. */
  public String code() {
    return code;
  }

  public static Optional<AgeBand> byCode(String code) {
    return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
  }

  /** Under the age of digital consent: no contact details. */
  public boolean isChild() {
    return this == UNDER_15;
  }
}
