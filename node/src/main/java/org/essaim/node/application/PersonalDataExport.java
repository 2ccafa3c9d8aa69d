// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the node holds about one email address (GDPR art. 15 and 20). The same shape, with
 * empty lists, whether or not the node knows the address.
 */
public record PersonalDataExport(
    String email,
    Instant exportedAt,
    List<DreamData> dreams,
    List<MembershipData> memberships,
    List<ConsentData> consents) {

  /** A dream left with this contact address, with its text. */
  public record DreamData(
      long id,
      long campaignId,
      String text,
      List<String> themes,
      String communeCode,
      String communeLabel,
      String contributorType,
      String ageBand,
      String contactEmail,
      String contactPhone,
      Instant contactConsentAt,
      String state,
      Instant submittedAt,
      List<Long> challengeIds) {}

  /** A membership of a project collective. */
  public record MembershipData(
      long id,
      long projectId,
      String displayName,
      String email,
      String phone,
      String role,
      LocalDate joinedOn) {}

  /** A consent record. */
  public record ConsentData(
      long id,
      String purpose,
      String wordingVersion,
      String wordingText,
      String email,
      String phone,
      Instant givenAt,
      Instant withdrawnAt,
      String source,
      long sourceId) {}
}
