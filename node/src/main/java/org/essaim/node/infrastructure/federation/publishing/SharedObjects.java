// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.essaim.federation.vocab.essaim.Organization;
import org.essaim.node.domain.model.challenge.Challenge;
import org.essaim.node.domain.model.challenge.ChallengeRepository;
import org.essaim.node.domain.model.challenge.ChallengeState;
import org.essaim.node.domain.model.event.EventRepository;
import org.essaim.node.domain.model.methodsheet.MethodSheet;
import org.essaim.node.domain.model.methodsheet.MethodSheetRepository;
import org.essaim.node.domain.model.methodsheet.MethodSheetVersion;
import org.essaim.node.domain.model.organization.OrganizationRepository;
import org.essaim.node.domain.model.project.ProjectRepository;
import org.essaim.node.domain.model.solution.SolutionStatus;
import org.essaim.node.domain.model.solution.TransferableSolution;
import org.essaim.node.domain.model.solution.TransferableSolutionRepository;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.infrastructure.config.NodeSettings;
import org.essaim.node.interfaces.federation.FederationUrls;

/**
 * Which objects this territory shares now, and what they look like on the wire. An object is shared
 * when its visibility is NETWORK or PUBLIC and, for method sheets, a version is PUBLISHED (or
 * DEPRECATED: still shared); for transferable solutions, it is PUBLISHED (WITHDRAWN is a Delete);
 * for défis, it is out of DRAFT. The other {@link PublishedKind}s come from their {@link
 * PublishedObjectSource}.
 */
@ApplicationScoped
public class SharedObjects {

  @Inject NodeSettings node;
  @Inject ProjectRepository projects;
  @Inject MethodSheetRepository sheets;
  @Inject TransferableSolutionRepository solutions;
  @Inject ChallengeRepository challenges;
  @Inject EventRepository events;
  @Inject OrganizationRepository organizations;
  @Inject @Any Instance<PublishedObjectSource> sources;

  public FederationUrls urls() {
    return FederationUrls.of(node.baseUrl());
  }

  public WireObjects.Context context() {
    return new WireObjects.Context(
        urls(),
        id -> organizations.find(id).flatMap(SharedObjects::wireOrganization),
        id -> challenges.find(id).map(SharedObjects::shared).orElse(false));
  }

  /**
   * The object as it would be published now, or empty when it is not (or no longer) published: the
   * shareable kinds from the domain, the others from the {@link PublishedObjectSource} of their
   * kind (none: nothing is published).
   */
  public Optional<SharedObject> current(PublishedKind kind, long id) {
    if (kind.shareable().isPresent()) {
      return current(kind.shareable().get(), id);
    }
    return fromSources(sources, kind, id);
  }

  /**
   * The object from the source of its kind; what a source answers for another kind or id is not
   * published (a wrong source must not overwrite another object's address).
   */
  static Optional<SharedObject> fromSources(
      Iterable<PublishedObjectSource> sources, PublishedKind kind, long id) {
    for (PublishedObjectSource source : sources) {
      if (source.kind() == kind) {
        return source.current(id).filter(o -> o.kind() == kind && o.localId() == id);
      }
    }
    return Optional.empty();
  }

  /** The object as it would be published now, or empty when it is not (or no longer) shared. */
  public Optional<SharedObject> current(ShareableKind kind, long id) {
    URI address = urls().object(kind, id);
    PublishedKind published = PublishedKind.of(kind);
    switch (kind) {
      case PROJECT:
        return projects
            .find(id)
            .filter(p -> WireObjects.shared(p.visibility()))
            .map(
                p ->
                    new SharedObject(
                        address,
                        published,
                        id,
                        p.visibility(),
                        WireObjects.withTimes(
                            WireObjects.project(context(), id, p), p.createdAt(), p.updatedAt())));
      case METHOD_SHEET:
        return sheets.find(id).filter(SharedObjects::shared).flatMap(s -> sheet(address, s));
      case TRANSFERABLE_SOLUTION:
        return solutions
            .find(id)
            .filter(SharedObjects::shared)
            .map(
                s ->
                    new SharedObject(
                        address,
                        published,
                        id,
                        s.visibility(),
                        WireObjects.withTimes(
                            WireObjects.solution(context(), id, s), s.createdAt(), s.updatedAt())));
      case CHALLENGE:
        return challenges
            .find(id)
            .filter(SharedObjects::shared)
            .map(
                c ->
                    new SharedObject(
                        address,
                        published,
                        id,
                        c.visibility(),
                        WireObjects.withTimes(
                            WireObjects.challenge(context(), id, c),
                            c.createdAt(),
                            c.updatedAt())));
      case EVENT:
        return events
            .find(id)
            .filter(e -> WireObjects.shared(e.visibility()))
            .map(
                e ->
                    new SharedObject(
                        address,
                        published,
                        id,
                        e.visibility(),
                        WireObjects.withTimes(
                            WireObjects.event(context(), id, e), e.createdAt(), e.updatedAt())));
      default:
        return Optional.empty();
    }
  }

  private Optional<SharedObject> sheet(URI address, MethodSheet sheet) {
    Optional<MethodSheetVersion> published =
        sheet.publishedVersion().flatMap(n -> sheets.version(sheet.id(), n));
    return published.map(
        version ->
            new SharedObject(
                address,
                PublishedKind.METHOD_SHEET,
                sheet.id(),
                sheet.visibility(),
                WireObjects.withTimes(
                    WireObjects.methodSheet(context(), sheet, version),
                    sheet.publishedAt().orElse(sheet.createdAt()),
                    sheet.updatedAt())));
  }

  /**
   * An organisation as projects and solutions name it: its name and website, only when its own
   * record is PUBLIC (never its address, SIREN, presentation or contacts).
   */
  static Optional<Organization> wireOrganization(
      org.essaim.node.domain.model.organization.Organization organization) {
    return organization.visibility() == Visibility.PUBLIC
        ? Optional.of(
            new Organization(null, organization.name(), web(organization.profile().website())))
        : Optional.empty();
  }

  static boolean shared(MethodSheet sheet) {
    return WireObjects.shared(sheet.visibility())
        && sheet.state().publiclyVisible()
        && sheet.publishedVersion().isPresent();
  }

  static boolean shared(TransferableSolution solution) {
    return WireObjects.shared(solution.visibility())
        && solution.status() == SolutionStatus.PUBLISHED;
  }

  static boolean shared(Challenge challenge) {
    return WireObjects.shared(challenge.visibility()) && challenge.state() != ChallengeState.DRAFT;
  }

  private static URI web(String website) {
    if (website == null || website.isBlank()) {
      return null;
    }
    try {
      return URI.create(website);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
