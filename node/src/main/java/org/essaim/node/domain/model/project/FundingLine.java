// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * One funding line of a project, as declared (domain notes §1.8: stored as given). The instrument
 * is a {@code funding-instruments} key, checked against the taxonomy by the application.
 */
@Embeddable
public class FundingLine {

  /** The instrument key whose lines may carry an FSE code. */
  public static final String FSE = "fse";

  private static final Pattern FSE_CODE = Pattern.compile("\\d{9}");

  @Column(name = "instrument_key", nullable = false, length = 100)
  private String instrument;

  @Column(name = "fse_code", length = 9)
  private String fseCode;

  @Column(name = "amount_eur", nullable = false, precision = 14, scale = 2)
  private BigDecimal amountEur;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  @Column(name = "cofunders", length = 2000)
  private String cofunders;

  protected FundingLine() {
    // for JPA
  }

  /**
   * @param field where it stands in the request, e.g. {@code fundings[0]}, for errors
   * @param fseCode the « codification FSE », exactly 9 digits, only with the {@code fse} instrument
   * @param cofunders names of the other cofunders, as on the sheet
   * @throws DomainRuleViolation on the first broken rule
   */
  public FundingLine(
      String field,
      String instrument,
      String fseCode,
      BigDecimal amountEur,
      LocalDate periodStart,
      LocalDate periodEnd,
      List<String> cofunders) {
    if (instrument == null || instrument.isBlank()) {
      throw new DomainRuleViolation(field + ".instrument", "must not be blank");
    }
    String code = fseCode == null || fseCode.isBlank() ? null : fseCode.strip();
    if (code != null && !FSE.equals(instrument.strip())) {
      throw new DomainRuleViolation(
          field + ".fseCode", "only for the fse instrument (« Codification FSE »)");
    }
    if (code != null && !FSE_CODE.matcher(code).matches()) {
      throw new DomainRuleViolation(field + ".fseCode", "must be exactly 9 digits, e.g. 202003945");
    }
    if (amountEur == null) {
      throw new DomainRuleViolation(field + ".amountEur", "must be given, in euros");
    }
    if (amountEur.signum() < 0) {
      throw new DomainRuleViolation(field + ".amountEur", "must be 0 or more");
    }
    if (amountEur.scale() > 2) {
      throw new DomainRuleViolation(field + ".amountEur", "at most 2 decimals (cents)");
    }
    if (amountEur.precision() - amountEur.scale() > 12) {
      throw new DomainRuleViolation(field + ".amountEur", "too large");
    }
    if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
      throw new DomainRuleViolation(field + ".periodEnd", "must not be before periodStart");
    }
    List<String> names =
        cofunders == null
            ? List.of()
            : cofunders.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
    if (names.stream().anyMatch(n -> n.contains("\n") || n.length() > 200)) {
      throw new DomainRuleViolation(
          field + ".cofunders", "one line of at most 200 characters each");
    }
    String joined = String.join("\n", names);
    if (joined.length() > 2000) {
      throw new DomainRuleViolation(field + ".cofunders", "at most 2000 characters in all");
    }
    this.instrument = instrument.strip();
    this.fseCode = code;
    this.amountEur = amountEur.setScale(2, RoundingMode.UNNECESSARY);
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.cofunders = joined.isEmpty() ? null : joined;
  }

  public String instrument() {
    return instrument;
  }

  public String fseCode() {
    return fseCode;
  }

  public BigDecimal amountEur() {
    return amountEur;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  public LocalDate periodEnd() {
    return periodEnd;
  }

  public List<String> cofunders() {
    return cofunders == null ? List.of() : Arrays.asList(cofunders.split("\n"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FundingLine f
        && instrument.equals(f.instrument)
        && Objects.equals(fseCode, f.fseCode)
        && amountEur.equals(f.amountEur)
        && Objects.equals(periodStart, f.periodStart)
        && Objects.equals(periodEnd, f.periodEnd)
        && Objects.equals(cofunders, f.cofunders);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument, fseCode, amountEur, periodStart, periodEnd, cofunders);
  }
}
