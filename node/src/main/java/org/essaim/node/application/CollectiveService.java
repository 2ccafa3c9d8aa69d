// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.essaim.node.domain.model.collective.CollectiveMember;
import org.essaim.node.domain.model.collective.CollectiveRepository;
import org.essaim.node.domain.model.collective.CollectiveStatus;
import org.essaim.node.domain.model.collective.Governance;
import org.essaim.node.domain.model.collective.MemberRole;
import org.essaim.node.domain.model.collective.ProjectCollective;
import org.essaim.node.domain.model.consent.ConsentPurpose;
import org.essaim.node.domain.model.consent.ConsentRecord;
import org.essaim.node.domain.model.consent.ConsentRecordRepository;
import org.essaim.node.domain.model.consent.ConsentSource;
import org.essaim.node.domain.model.organization.Organization;
import org.essaim.node.domain.model.organization.OrganizationRepository;
import org.essaim.node.domain.model.project.Project;
import org.essaim.node.domain.model.project.ProjectRepository;

/**
 * The collective of a project and its members, for the team. A person's contact details are kept
 * only with their consent, recorded as a {@link ConsentRecord}. The public sees a {@link
 * CollectiveSummary} on the project page, never a person.
 */
@ApplicationScoped
public class CollectiveService {

  @Inject CollectiveRepository collectives;
  @Inject ProjectRepository projects;
  @Inject OrganizationRepository organizations;
  @Inject ConsentRecordRepository consents;
  @Inject Clock clock;

  /**
   * @throws ConflictException when the project already has a collective
   */
  @Transactional
  public CollectiveView create(long projectId, Governance governance) {
    project(projectId);
    if (collectives.forProject(projectId).isPresent()) {
      throw new ConflictException(
          "project " + projectId + " already has a collective; change it with PUT");
    }
    ProjectCollective collective = new ProjectCollective(projectId, governance, clock.instant());
    collectives.add(collective);
    collectives.flush();
    return CollectiveView.of(collective, 0);
  }

  @Transactional
  public CollectiveView get(long projectId) {
    ProjectCollective collective = collective(projectId);
    return CollectiveView.of(
        collective, collectives.countMembers(collective.id(), Optional.empty()));
  }

  @Transactional
  public CollectiveView govern(long projectId, Governance governance, OptionalLong expected) {
    ProjectCollective collective = current(projectId, expected);
    collective.govern(governance, clock.instant());
    collectives.flush();
    return CollectiveView.of(
        collective, collectives.countMembers(collective.id(), Optional.empty()));
  }

  /**
   * @throws org.essaim.node.domain.shared.IllegalTransitionException for an illegal move
   */
  @Transactional
  public CollectiveView moveTo(long projectId, CollectiveStatus target, OptionalLong expected) {
    ProjectCollective collective = current(projectId, expected);
    collective.moveTo(target, clock.instant());
    collectives.flush();
    return CollectiveView.of(
        collective, collectives.countMembers(collective.id(), Optional.empty()));
  }

  @Transactional
  public Page<MemberView> members(
      long projectId, Optional<MemberRole> role, boolean byName, PageRequest request) {
    ProjectCollective collective = collective(projectId);
    return new Page<>(
        collectives
            .members(collective.id(), role, byName, Page.offset(request), request.size())
            .stream()
            .map(m -> view(m, projectId))
            .toList(),
        request.page(),
        request.size(),
        collectives.countMembers(collective.id(), role));
  }

  @Transactional
  public MemberView member(long projectId, long memberId) {
    return view(member(collective(projectId), memberId), projectId);
  }

  /**
   * A person or an organisation joins; a person's contact details come with a consent record.
   *
   * @throws InvalidInputException when the organisation does not exist
   * @throws ConflictException when the collective is DISSOLVED
   * @throws org.essaim.node.domain.shared.DomainRuleViolation naming the field at fault
   */
  @Transactional
  public MemberView addMember(
      long projectId,
      Long organizationId,
      String displayName,
      String email,
      String phone,
      boolean contactConsent,
      MemberRole role,
      LocalDate joinedOn) {
    ProjectCollective collective = collective(projectId);
    if (organizationId != null && organizations.find(organizationId).isEmpty()) {
      throw new InvalidInputException(
          List.of(new FieldError("organizationId", "there is no organisation " + organizationId)));
    }
    if (!collective.acceptsMembers()) {
      throw new ConflictException("the collective is DISSOLVED: nobody joins it any more");
    }
    Instant now = clock.instant();
    CollectiveMember member =
        new CollectiveMember(
            collective.id(),
            organizationId,
            displayName,
            email,
            phone,
            contactConsent,
            role,
            joinedOn == null ? LocalDate.ofInstant(now, clock.getZone()) : joinedOn,
            now);
    collectives.addMember(member);
    collectives.flush();
    if (member.hasContact()) {
      consents.add(
          new ConsentRecord(
              member.email().orElse(null),
              member.phone().orElse(null),
              ConsentPurpose.COLLECTIVE_CONTACT,
              ConsentSource.COLLECTIVE_MEMBERSHIP,
              member.id(),
              now));
      consents.flush();
    }
    return view(member, projectId);
  }

  /** Removes a member; the consents given with the membership are marked withdrawn. */
  @Transactional
  public void removeMember(long projectId, long memberId) {
    CollectiveMember member = member(collective(projectId), memberId);
    Instant now = clock.instant();
    consents
        .bySource(ConsentSource.COLLECTIVE_MEMBERSHIP, member.id())
        .forEach(c -> c.withdraw(now));
    collectives.removeMember(member);
    collectives.flush();
  }

  /**
   * What the project page shows of its collective, or empty when it has none.
   *
   * @param team whether the caller is of the team: the public sees only organisations whose own
   *     record is public
   */
  @Transactional
  public Optional<CollectiveSummary> summary(long projectId, boolean team) {
    return collectives
        .forProject(projectId)
        .map(
            c ->
                new CollectiveSummary(
                    c.status(),
                    collectives.countMembers(c.id(), Optional.empty()),
                    collectives.organizationMembers(c.id()).stream()
                        .flatMap(id -> organizations.find(id).stream())
                        .filter(o -> team || o.visibility().readableByPublic())
                        .map(o -> new CollectiveSummary.OrganizationMember(o.id(), o.name()))
                        .toList()));
  }

  private MemberView view(CollectiveMember m, long projectId) {
    String name =
        m.organizationId().flatMap(organizations::find).map(Organization::name).orElse(null);
    return MemberView.of(m, projectId, name);
  }

  private Project project(long projectId) {
    return projects
        .find(projectId)
        .orElseThrow(() -> new NotFoundException("there is no project " + projectId));
  }

  private ProjectCollective collective(long projectId) {
    project(projectId);
    return collectives
        .forProject(projectId)
        .orElseThrow(
            () -> new NotFoundException("project " + projectId + " has no collective yet"));
  }

  private ProjectCollective current(long projectId, OptionalLong expected) {
    ProjectCollective collective = collective(projectId);
    StaleVersionException.requireCurrent(expected, collective.version());
    return collective;
  }

  private CollectiveMember member(ProjectCollective collective, long memberId) {
    return collectives
        .findMember(collective.id(), memberId)
        .orElseThrow(() -> new NotFoundException("there is no member " + memberId + " here"));
  }
}
