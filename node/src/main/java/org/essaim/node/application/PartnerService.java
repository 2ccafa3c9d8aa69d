// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.essaim.node.domain.model.organization.Organization;
import org.essaim.node.domain.model.organization.OrganizationRepository;
import org.essaim.node.domain.model.partner.Partner;
import org.essaim.node.domain.model.partner.PartnerRepository;
import org.essaim.node.domain.model.partner.PartnerTerms;

/**
 * The territory's partners and its circle of trusted partners. One partner per organisation. The
 * public sees partners whose organisation it may read; their contributions and role mailbox are for
 * the team (the interfaces leave them out).
 */
@ApplicationScoped
public class PartnerService {

  @Inject PartnerRepository partners;
  @Inject OrganizationRepository organizations;
  @Inject Clock clock;

  /**
   * @throws InvalidInputException when the organisation does not exist
   * @throws ConflictException when the organisation is already a partner
   */
  @Transactional
  public PartnerView create(PartnerTerms terms) {
    Organization organization = organization(terms);
    partners
        .findByOrganization(terms.organizationId())
        .ifPresent(
            p -> {
              throw new ConflictException(
                  "organisation " + terms.organizationId() + " is already partner " + p.id());
            });
    Partner partner = new Partner(terms, clock.instant());
    partners.add(partner);
    partners.flush();
    return PartnerView.of(partner, organization.name());
  }

  @Transactional
  public Page<PartnerView> list(boolean team, Boolean inCircle, PageRequest request) {
    return new Page<>(
        partners.list(inCircle, !team, Page.offset(request), request.size()).stream()
            .map(this::view)
            .toList(),
        request.page(),
        request.size(),
        partners.count(inCircle, !team));
  }

  @Transactional
  public PartnerView get(long id, boolean team) {
    return view(visible(id, team));
  }

  /** The team's view of the organisation's partnership, if it is a partner. */
  @Transactional
  public java.util.Optional<PartnerView> ofOrganization(long organizationId) {
    return partners.findByOrganization(organizationId).map(this::view);
  }

  @Transactional
  public PartnerView describe(long id, PartnerTerms terms, OptionalLong expectedVersion) {
    Partner partner = current(id, expectedVersion);
    Organization organization = organization(terms);
    partners
        .findByOrganization(terms.organizationId())
        .filter(p -> !p.id().equals(partner.id()))
        .ifPresent(
            p -> {
              throw new ConflictException(
                  "organisation " + terms.organizationId() + " is already partner " + p.id());
            });
    partner.describe(terms, clock.instant());
    partners.flush();
    return PartnerView.of(partner, organization.name());
  }

  @Transactional
  public void delete(long id, OptionalLong expectedVersion) {
    partners.remove(current(id, expectedVersion));
    partners.flush();
  }

  private PartnerView view(Partner partner) {
    return PartnerView.of(
        partner, organizations.find(partner.organizationId()).map(Organization::name).orElse(null));
  }

  private Partner visible(long id, boolean team) {
    return partners
        .find(id)
        .filter(
            p ->
                team
                    || organizations
                        .find(p.organizationId())
                        .map(o -> o.visibility().readableByPublic())
                        .orElse(false))
        .orElseThrow(() -> new NotFoundException("there is no partner " + id));
  }

  private Partner current(long id, OptionalLong expectedVersion) {
    Partner partner = visible(id, true);
    StaleVersionException.requireCurrent(expectedVersion, partner.version());
    return partner;
  }

  private Organization organization(PartnerTerms terms) {
    return organizations
        .find(terms.organizationId())
        .orElseThrow(
            () ->
                new InvalidInputException(
                    List.of(
                        new FieldError(
                            "organizationId",
                            "there is no organisation " + terms.organizationId()))));
  }
}
