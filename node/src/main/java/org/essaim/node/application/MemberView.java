// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.LocalDate;
import org.essaim.node.domain.model.collective.CollectiveMember;
import org.essaim.node.domain.model.collective.MemberRole;

/**
 * A collective member as the team reads it: a person (name, contact) or an organisation (id and
 * name). Personal data: never for the public.
 */
public record MemberView(
    long id,
    long projectId,
    Long organizationId,
    String organizationName,
    String displayName,
    String email,
    String phone,
    MemberRole role,
    LocalDate joinedOn) {

  static MemberView of(CollectiveMember m, long projectId, String organizationName) {
    return new MemberView(
        m.id(),
        projectId,
        m.organizationId().orElse(null),
        organizationName,
        m.displayName().orElse(null),
        m.email().orElse(null),
        m.phone().orElse(null),
        m.role(),
        m.joinedOn());
  }
}
