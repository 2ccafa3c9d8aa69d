// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.PartnerView;
import org.essaim.node.domain.model.partner.Contribution;
import org.essaim.node.domain.model.partner.ContributionKind;
import org.essaim.node.domain.model.partner.PartnerTerms;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * How an organisation partners with the territory, as the form sent it: in the circle or not and
 * since when, a role mailbox, and its contributions as rows (kind, what, amount, year; an empty row
 * is skipped). Errors go under the field's name, a row's under {@code contributions}.
 */
public final class PartnerForm {

  /** Empty rows offered after the partner's own, to add contributions. */
  static final int SPARE_ROWS = 2;

  private static final int MAX_ROWS = 50;

  /** One contribution row as typed. */
  public record Row(String kind, String description, String amount, String year) {}

  private final boolean inCircle;
  private final String circleSince;
  private final String roleMailbox;
  private final List<Row> rows;
  private final Map<String, String> errors = new LinkedHashMap<>();

  private PartnerForm(boolean inCircle, String circleSince, String roleMailbox, List<Row> rows) {
    this.inCircle = inCircle;
    this.circleSince = circleSince;
    this.roleMailbox = roleMailbox;
    this.rows = rows;
  }

  static PartnerForm blank() {
    return new PartnerForm(false, "", "", spare(new ArrayList<>()));
  }

  static PartnerForm of(PartnerView view) {
    PartnerTerms terms = view.terms();
    List<Row> rows = new ArrayList<>();
    for (Contribution c : terms.contributions()) {
      rows.add(
          new Row(
              c.kind().name(),
              c.description(),
              c.amountEur() == null ? "" : c.amountEur().stripTrailingZeros().toPlainString(),
              c.year() == null ? "" : c.year().toString()));
    }
    return new PartnerForm(
        terms.inCircle(),
        terms.circleSince() == null ? "" : terms.circleSince().toString(),
        terms.roleMailbox() == null ? "" : terms.roleMailbox(),
        spare(rows));
  }

  static PartnerForm read(HttpServletRequest request) {
    String[] kinds = values(request, "contributionKind");
    String[] descriptions = values(request, "contributionDescription");
    String[] amounts = values(request, "contributionAmount");
    String[] years = values(request, "contributionYear");
    int count =
        Math.min(
            MAX_ROWS + 1,
            Math.max(
                Math.max(kinds.length, descriptions.length),
                Math.max(amounts.length, years.length)));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(new Row(at(kinds, i), at(descriptions, i), at(amounts, i), at(years, i)));
    }
    String since = request.getParameter("circleSince");
    String mailbox = request.getParameter("roleMailbox");
    return new PartnerForm(
        "on".equals(request.getParameter("inCircle")),
        since == null ? "" : since,
        mailbox == null ? "" : mailbox,
        rows);
  }

  private static String[] values(HttpServletRequest request, String name) {
    String[] values = request.getParameterValues(name);
    return values == null ? new String[0] : values;
  }

  private static String at(String[] values, int i) {
    return i < values.length && values[i] != null ? values[i] : "";
  }

  private static List<Row> spare(List<Row> rows) {
    for (int i = 0; i < SPARE_ROWS; i++) {
      rows.add(new Row("", "", "", ""));
    }
    return rows;
  }

  /** The terms for {@code organizationId}, or empty with {@link #errors()} filled in. */
  Optional<PartnerTerms> validate(long organizationId, Locale locale) {
    LocalDate since = null;
    if (!circleSince.isBlank()) {
      try {
        since = LocalDate.parse(circleSince.strip());
      } catch (DateTimeParseException e) {
        reject("circleSince", locale, "teamCampaigns.error.date");
      }
      if (!inCircle) {
        reject("circleSince", locale, "teamOrganizations.error.circleSince");
      }
    }
    if (rows.size() > MAX_ROWS) {
      reject("contributions", locale, "teamSolutions.error.tooManyLines", MAX_ROWS);
    }
    List<Contribution> contributions = new ArrayList<>();
    int number = 0;
    for (Row row : rows) {
      number++;
      if (row.kind().isBlank()
          && row.description().isBlank()
          && row.amount().isBlank()
          && row.year().isBlank()) {
        continue;
      }
      Optional<Contribution> contribution = contribution(row);
      if (contribution.isEmpty()) {
        reject("contributions", locale, "teamOrganizations.error.contribution", number);
        break;
      }
      contributions.add(contribution.get());
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new PartnerTerms(organizationId, inCircle, since, roleMailbox, contributions));
    } catch (DomainRuleViolation e) {
      if (e.field().equals("roleMailbox")) {
        reject("roleMailbox", locale, "teamTerritory.error.publicContact");
      } else {
        errors.putIfAbsent(e.field(), e.getMessage());
      }
      return Optional.empty();
    }
  }

  private static Optional<Contribution> contribution(Row row) {
    ContributionKind kind = WebPage.named(ContributionKind.class, row.kind()).orElse(null);
    String amount = row.amount().strip().replace(',', '.').replace(" ", "");
    String year = row.year().strip();
    if (kind == null
        || !(amount.isEmpty() || amount.matches("[0-9]{1,12}(\\.[0-9]{1,2})?"))
        || !(year.isEmpty() || year.matches("[0-9]{4}"))) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Contribution(
              "contributions",
              kind,
              row.description(),
              amount.isEmpty() ? null : new BigDecimal(amount),
              year.isEmpty() ? null : Integer.valueOf(year)));
    } catch (DomainRuleViolation e) {
      return Optional.empty();
    }
  }

  private void reject(String field, Locale locale, String key, Object... arguments) {
    errors.putIfAbsent(field, WebMessages.text(locale, key, arguments));
  }

  public boolean inCircle() {
    return inCircle;
  }

  public String circleSince() {
    return circleSince;
  }

  public String roleMailbox() {
    return roleMailbox;
  }

  public List<Row> rows() {
    return rows;
  }

  public Map<String, String> errors() {
    return errors;
  }
}
