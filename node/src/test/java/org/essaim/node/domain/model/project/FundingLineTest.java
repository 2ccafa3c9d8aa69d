// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundingLineTest {

  private static final LocalDate START = LocalDate.of(2021, 1, 1);
  private static final LocalDate END = LocalDate.of(2021, 12, 31);

  @Test
  void anFseLineOfTheCatalogue() {
    FundingLine line =
        new FundingLine(
            "fundings[0]",
            "fse",
            "202003867",
            new BigDecimal("67573"),
            START,
            END,
            List.of("Ville de Rouen", " Agence nationale de la cohésion des territoires "));
    assertThat(line.amountEur()).isEqualByComparingTo("67573.00");
    assertThat(line.amountEur().scale()).isEqualTo(2);
    assertThat(line.cofunders())
        .containsExactly("Ville de Rouen", "Agence nationale de la cohésion des territoires");
  }

  @Test
  void anFseCodeIsExactlyNineDigits() {
    for (String code : List.of("20200394", "2020039450", "20200394A")) {
      assertThatThrownBy(() -> line("fse", code, "1", START, END))
          .hasFieldOrPropertyWithValue("field", "fundings[0].fseCode");
    }
  }

  @Test
  void anFseCodeOnlyWithTheFseInstrument() {
    assertThatThrownBy(() -> line("feder", "202003945", "1", START, END))
        .hasFieldOrPropertyWithValue("field", "fundings[0].fseCode")
        .hasMessageContaining("only for the fse instrument");
    assertThat(line("feder", null, "1", START, END).fseCode()).isNull();
    assertThat(line("fse", null, "1", START, END).fseCode()).isNull();
  }

  @Test
  void amountsAreZeroOrMoreInCents() {
    assertThat(line("region", null, "0", START, END).amountEur()).isEqualByComparingTo("0");
    assertThatThrownBy(() -> line("region", null, "-1", START, END))
        .hasFieldOrPropertyWithValue("field", "fundings[0].amountEur");
    assertThatThrownBy(() -> line("region", null, "1.005", START, END))
        .hasFieldOrPropertyWithValue("field", "fundings[0].amountEur");
    assertThatThrownBy(() -> line("region", null, null, START, END))
        .hasFieldOrPropertyWithValue("field", "fundings[0].amountEur");
  }

  @Test
  void thePeriodEndsAfterItStarts() {
    assertThatThrownBy(() -> line("fse", null, "1", END, START))
        .hasFieldOrPropertyWithValue("field", "fundings[0].periodEnd");
    assertThat(line("fse", null, "1", START, START).periodEnd()).isEqualTo(START);
    assertThat(line("fse", null, "1", null, END).periodStart()).isNull();
  }

  private static FundingLine line(
      String instrument, String code, String amount, LocalDate start, LocalDate end) {
    return new FundingLine(
        "fundings[0]",
        instrument,
        code,
        amount == null ? null : new BigDecimal(amount),
        start,
        end,
        null);
  }
}
