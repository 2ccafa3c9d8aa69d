// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.partner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.PartnerView;
import org.essaim.node.domain.model.partner.Contribution;
import org.essaim.node.domain.model.partner.ContributionKind;
import org.essaim.node.domain.model.partner.PartnerTerms;
import org.essaim.node.interfaces.rest.Fields;

/** Translates between the JSON document and the domain, collecting every field error. */
final class PartnerAssembler {
  private PartnerAssembler() {}

  static PartnerTerms toTerms(PartnerDocument d, List<FieldError> earlierErrors) {
    List<FieldError> errors = new ArrayList<>(earlierErrors);
    LocalDate since = Fields.date("circleSince", d.circleSince(), errors);
    List<Contribution> contributions = new ArrayList<>();
    List<ContributionDocument> given = d.contributions() == null ? List.of() : d.contributions();
    for (int i = 0; i < given.size(); i++) {
      String field = "contributions[" + i + "]";
      ContributionDocument c = given.get(i);
      if (c == null) {
        Fields.reject(errors, field, "must not be null");
        continue;
      }
      ContributionKind kind =
          Fields.enumValue(field + ".kind", ContributionKind.class, c.kind(), errors);
      Contribution contribution =
          Fields.attempt(
              () -> new Contribution(field, kind, c.description(), c.amountEur(), c.year()),
              errors);
      contributions.add(contribution);
    }
    if (errors.isEmpty()) {
      PartnerTerms terms =
          Fields.attempt(
              () ->
                  new PartnerTerms(
                      d.organizationId(),
                      Boolean.TRUE.equals(d.inCircle()),
                      since,
                      d.roleMailbox(),
                      contributions),
              errors);
      if (terms != null) {
        return terms;
      }
    }
    errors.sort(Comparator.comparing(FieldError::field));
    throw new InvalidInputException(errors);
  }

  /**
   * @param team whether the reader is of the team: only then with mailbox and contributions
   */
  static PartnerDocument toDocument(PartnerView view, boolean team) {
    PartnerTerms t = view.terms();
    return new PartnerDocument(
        view.id(),
        t.organizationId(),
        view.organizationName(),
        t.inCircle(),
        t.circleSince() == null ? null : t.circleSince().toString(),
        team ? t.roleMailbox() : null,
        team
            ? t.contributions().stream()
                .map(
                    c ->
                        new ContributionDocument(
                            c.kind().name(), c.description(), c.amountEur(), c.year()))
                .toList()
            : null,
        view.version(),
        view.createdAt(),
        view.updatedAt());
  }
}
