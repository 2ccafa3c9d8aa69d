// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.organization;

import java.util.ArrayList;
import java.util.List;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.OrganizationView;
import org.essaim.node.domain.model.organization.OrganizationProfile;
import org.essaim.node.domain.model.organization.PostalAddress;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.interfaces.rest.Fields;

/** Translates between the JSON document and the domain, collecting every field error. */
final class OrganizationAssembler {
  private OrganizationAssembler() {}

  static OrganizationProfile toProfile(
      OrganizationDocument d, List<FieldError> earlierErrors, Taxonomy taxonomy) {
    List<FieldError> errors = new ArrayList<>(earlierErrors);
    Fields.knownKey(taxonomy, TaxonomyScheme.LEGAL_FORMS, d.legalForm(), "legalForm", errors);
    Fields.knownKeys(taxonomy, TaxonomyScheme.STRUCTURE_ROLES, d.roles(), "roles", errors);
    Visibility visibility =
        Fields.enumValue("visibility", Visibility.class, d.visibility(), errors);
    AddressDocument a = d.address();
    PostalAddress address =
        a == null
            ? null
            : Fields.attempt(
                () -> new PostalAddress(a.street(), a.postalCode(), a.city(), a.country()), errors);
    if (errors.isEmpty()) {
      OrganizationProfile profile =
          Fields.attempt(
              () ->
                  new OrganizationProfile(
                      d.name(),
                      d.acronym(),
                      d.legalForm(),
                      d.roles(),
                      d.foundedYear(),
                      d.presentation(),
                      d.website(),
                      address,
                      d.siren(),
                      visibility),
              errors);
      if (profile != null) {
        return profile;
      }
    }
    errors.sort(java.util.Comparator.comparing(FieldError::field));
    throw new InvalidInputException(errors);
  }

  static OrganizationDocument toDocument(OrganizationView view) {
    OrganizationProfile p = view.profile();
    PostalAddress a = p.address();
    return new OrganizationDocument(
        view.id(),
        p.name(),
        p.acronym(),
        p.legalForm(),
        p.roles(),
        p.foundedYear(),
        p.presentation(),
        p.website(),
        a == null ? null : new AddressDocument(a.street(), a.postalCode(), a.city(), a.country()),
        p.siren(),
        p.visibility().name(),
        view.version(),
        view.createdAt(),
        view.updatedAt());
  }
}
