// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.essaim.node.domain.model.organization.Organization;
import org.essaim.node.domain.model.organization.OrganizationProfile;
import org.essaim.node.domain.model.organization.OrganizationRepository;
import org.essaim.node.domain.model.organization.OrganizationSearch;
import org.essaim.node.domain.model.visibility.ShareableKind;

/**
 * The directory of organisations. The public reads PUBLIC and NODE_PUBLIC ones; a SIREN names at
 * most one organisation.
 */
@ApplicationScoped
public class OrganizationService {

  @Inject OrganizationRepository organizations;
  @Inject VisibilityDefaultService visibilityDefaults;
  @Inject Clock clock;

  /**
   * @throws ConflictException when another organisation has the same SIREN
   */
  @Transactional
  public OrganizationView create(OrganizationProfile profile) {
    requireUniqueSiren(profile, null);
    Organization organization =
        new Organization(
            profile, visibilityDefaults.defaultFor(ShareableKind.ORGANIZATION), clock.instant());
    organizations.add(organization);
    organizations.flush();
    return OrganizationView.of(organization);
  }

  @Transactional
  public Page<OrganizationView> list(
      boolean team,
      Optional<String> text,
      Optional<String> legalForm,
      Optional<String> role,
      PageRequest request) {
    OrganizationSearch search =
        new OrganizationSearch(Visibilities.readableBy(team), text, legalForm, role);
    return new Page<>(
        organizations.search(search, Page.offset(request), request.size()).stream()
            .map(OrganizationView::of)
            .toList(),
        request.page(),
        request.size(),
        organizations.count(search));
  }

  @Transactional
  public OrganizationView get(long id, boolean team) {
    return OrganizationView.of(visible(id, team));
  }

  @Transactional
  public OrganizationView describe(
      long id, OrganizationProfile profile, OptionalLong expectedVersion) {
    Organization organization = current(id, expectedVersion);
    requireUniqueSiren(profile, id);
    organization.describe(profile, clock.instant());
    organizations.flush();
    return OrganizationView.of(organization);
  }

  /**
   * @throws ConflictException while a partner or a project refers to it
   */
  @Transactional
  public void delete(long id, OptionalLong expectedVersion) {
    Organization organization = current(id, expectedVersion);
    if (organizations.isReferenced(id)) {
      throw new ConflictException(
          "organisation "
              + id
              + " is a partner, is linked to a project or is the contact of a transferable"
              + " solution; unlink it first");
    }
    organizations.remove(organization);
    organizations.flush();
  }

  /** The organisation, if it exists and the caller may read it. */
  Organization visible(long id, boolean team) {
    return organizations
        .find(id)
        .filter(o -> team || o.visibility().readableByPublic())
        .orElseThrow(() -> new NotFoundException("there is no organisation " + id));
  }

  private Organization current(long id, OptionalLong expectedVersion) {
    Organization organization = visible(id, true);
    StaleVersionException.requireCurrent(expectedVersion, organization.version());
    return organization;
  }

  private void requireUniqueSiren(OrganizationProfile profile, Long self) {
    if (profile.siren() == null) {
      return;
    }
    organizations
        .findBySiren(profile.siren())
        .filter(other -> !other.id().equals(self))
        .ifPresent(
            other -> {
              throw new ConflictException(
                  "SIREN " + profile.siren() + " is already organisation " + other.id());
            });
  }
}
