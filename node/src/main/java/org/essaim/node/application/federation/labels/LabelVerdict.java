// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.labels;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the verification of a label attestation concluded.
 *
 * @param valid whether it verified (issuer, proof, vocabulary)
 * @param territory the territory it names, when readable
 * @param labelStatus LABELLED, SUSPENDED or WITHDRAWN, when valid
 * @param labelDate the committee's date, when valid
 * @param reason why it failed, or "valid"
 */
public record LabelVerdict(
    boolean valid, URI territory, String labelStatus, LocalDate labelDate, String reason) {

  static LabelVerdict valid(URI territory, String status, LocalDate date) {
    return new LabelVerdict(true, territory, status, date, "valid");
  }

  static LabelVerdict invalid(URI territory, String reason) {
    return new LabelVerdict(false, territory, null, null, reason);
  }

  /** Whether it validly says its territory is labelled (revoked and invalid ones do not). */
  public boolean labels() {
    return valid && "LABELLED".equals(labelStatus);
  }

  public Optional<URI> territoryId() {
    return Optional.ofNullable(territory);
  }
}
