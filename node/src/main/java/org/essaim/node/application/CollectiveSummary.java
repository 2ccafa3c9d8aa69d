// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.util.List;
import org.essaim.node.domain.model.collective.CollectiveStatus;

/**
 * What a project page may show of its collective: its status, how many members, and the member
 * organisations the caller may see. Never a person.
 */
public record CollectiveSummary(
    CollectiveStatus status, long memberCount, List<OrganizationMember> organizations) {

  /** An organisation member, by id and name. */
  public record OrganizationMember(long id, String name) {}
}
