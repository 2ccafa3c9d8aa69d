// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.project;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.CollectiveSummary;

/**
 * What a project shows of its collective: status, member count and member organisations (only
 * publicly visible ones for the public). Never a person: members are at …/collective/members.
 */
@Schema(
    name = "ProjectCollectiveSummary",
    description =
        "The project's collective as anyone may see it: status, member count and the member"
            + " organisations whose own record is public. Never a person.")
public record CollectiveSummaryDocument(
    @Schema(examples = "ACTIVE") String status,
    @Schema(examples = "7") long memberCount,
    List<OrganizationMemberDocument> organizations) {

  /** A member organisation. */
  @Schema(name = "ProjectCollectiveOrganization")
  public record OrganizationMemberDocument(
      @Schema(examples = "1") long id, @Schema(examples = "Les Ateliers des Hauts") String name) {}

  static CollectiveSummaryDocument of(CollectiveSummary s) {
    return new CollectiveSummaryDocument(
        s.status().name(),
        s.memberCount(),
        s.organizations().stream()
            .map(o -> new OrganizationMemberDocument(o.id(), o.name()))
            .toList());
  }
}
