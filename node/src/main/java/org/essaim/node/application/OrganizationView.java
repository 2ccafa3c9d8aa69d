// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import org.essaim.node.domain.model.organization.Organization;
import org.essaim.node.domain.model.organization.OrganizationProfile;

/** A read-only snapshot of an organisation. */
public record OrganizationView(
    long id, OrganizationProfile profile, long version, Instant createdAt, Instant updatedAt) {

  static OrganizationView of(Organization o) {
    return new OrganizationView(o.id(), o.profile(), o.version(), o.createdAt(), o.updatedAt());
  }
}
