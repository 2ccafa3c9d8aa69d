// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.essaim.node.domain.model.collective.CollectiveMember;
import org.essaim.node.domain.model.collective.CollectiveRepository;
import org.essaim.node.domain.model.consent.ConsentRecord;
import org.essaim.node.domain.model.consent.ConsentRecordRepository;
import org.essaim.node.domain.model.consent.EmailAddress;
import org.essaim.node.domain.model.dream.Dream;
import org.essaim.node.domain.model.gdpr.ErasureLog;
import org.essaim.node.domain.model.gdpr.ErasureLogEntry;
import org.essaim.node.domain.model.gdpr.PersonalDreams;
import org.essaim.node.domain.model.gdpr.SubjectFingerprints;

/**
 * The rights of access, portability and erasure over an email address (administrators only). The
 * address is normalised (trimmed, lower case) so every record of the person is found whatever the
 * case it was typed in. See docs/personal-data.md for the map of what is found where.
 */
@ApplicationScoped
public class GdprService {

  @Inject PersonalDreams dreams;
  @Inject CollectiveRepository collectives;
  @Inject ConsentRecordRepository consents;
  @Inject ErasureLog erasures;
  @Inject SubjectFingerprints fingerprints;
  @Inject Clock clock;

  /**
   * Everything held about the address; empty lists when nothing is.
   *
   * @throws InvalidInputException when the address is missing or malformed
   */
  @Transactional
  public PersonalDataExport export(String rawEmail) {
    String email = normalised(rawEmail);
    List<Dream> found = dreams.byContactEmail(email);
    Map<Long, List<Long>> links =
        dreams.challengeLinks(found.stream().map(Dream::id).toList()).stream()
            .collect(
                Collectors.groupingBy(
                    l -> l[1], Collectors.mapping(l -> l[0], Collectors.toList())));
    return new PersonalDataExport(
        email,
        clock.instant(),
        found.stream().map(d -> dream(d, links.getOrDefault(d.id(), List.of()))).toList(),
        collectives.membersByEmail(email).stream().map(this::membership).toList(),
        consents.byEmail(email).stream().map(GdprService::consent).toList());
  }

  /**
   * Erases everything held about the address, in one transaction: all of it or nothing. Dreams left
   * with the address are deleted with their text (free text may identify its author; it cannot be
   * anonymised reliably) and their links to défis (the défis stay); collective memberships and
   * consent records are deleted. The erasure is logged without the address.
   *
   * @throws InvalidInputException when the address is missing or malformed
   */
  @Transactional
  public ErasureReport erase(String rawEmail) {
    String email = normalised(rawEmail);
    Instant now = clock.instant();
    List<Long> dreamIds = dreams.byContactEmail(email).stream().map(Dream::id).toList();
    int challengeLinks = dreams.challengeLinks(dreamIds).size();
    int memberships = collectives.deleteMembersByEmail(email);
    int consentRecords = consents.deleteByEmail(email);
    int dreamCount = dreams.delete(dreamIds);
    String fingerprint = fingerprints.of(email);
    List<Instant> previous =
        erasures.bySubject(fingerprint).stream().map(ErasureLogEntry::erasedAt).toList();
    erasures.add(
        new ErasureLogEntry(
            fingerprint, now, dreamCount, challengeLinks, memberships, consentRecords));
    return new ErasureReport(
        now, dreamCount, challengeLinks, memberships, consentRecords, new ArrayList<>(previous));
  }

  private static String normalised(String rawEmail) {
    try {
      String email = EmailAddress.normalise("email", rawEmail);
      if (email == null) {
        throw new InvalidInputException(List.of(new FieldError("email", "must be given")));
      }
      return email;
    } catch (org.essaim.node.domain.shared.DomainRuleViolation e) {
      throw new InvalidInputException(List.of(new FieldError(e.field(), e.getMessage())));
    }
  }

  private static PersonalDataExport.DreamData dream(Dream d, List<Long> challengeIds) {
    return new PersonalDataExport.DreamData(
        d.id(),
        d.campaignId(),
        d.text(),
        d.themes(),
        d.commune().map(c -> c.code()).orElse(null),
        d.commune().map(c -> c.label()).orElse(null),
        d.contributorType().name(),
        d.ageBand().map(Enum::name).orElse(null),
        d.contactEmail().orElse(null),
        d.contactPhone().orElse(null),
        d.contactConsentAt().orElse(null),
        d.state().name(),
        d.submittedAt(),
        challengeIds);
  }

  private PersonalDataExport.MembershipData membership(CollectiveMember m) {
    long projectId = collectives.find(m.collectiveId()).map(c -> c.projectId()).orElse(-1L);
    return new PersonalDataExport.MembershipData(
        m.id(),
        projectId,
        m.displayName().orElse(null),
        m.email().orElse(null),
        m.phone().orElse(null),
        m.role().name(),
        m.joinedOn());
  }

  private static PersonalDataExport.ConsentData consent(ConsentRecord c) {
    return new PersonalDataExport.ConsentData(
        c.id(),
        c.purpose().name(),
        c.wordingVersion(),
        c.wordingText(),
        c.subjectEmail().orElse(null),
        c.subjectPhone().orElse(null),
        c.givenAt(),
        c.withdrawnAt().orElse(null),
        c.sourceKind().name(),
        c.sourceId());
  }
}
