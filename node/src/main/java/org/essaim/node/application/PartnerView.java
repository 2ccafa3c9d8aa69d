// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import org.essaim.node.domain.model.partner.Partner;
import org.essaim.node.domain.model.partner.PartnerTerms;

/**
 * A read-only snapshot of a partner.
 *
 * @param organizationName the partner organisation's name, for display
 */
public record PartnerView(
    long id,
    PartnerTerms terms,
    String organizationName,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static PartnerView of(Partner p, String organizationName) {
    return new PartnerView(
        p.id(), p.terms(), organizationName, p.version(), p.createdAt(), p.updatedAt());
  }
}
