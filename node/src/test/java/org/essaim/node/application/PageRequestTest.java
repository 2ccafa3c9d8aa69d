// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

  @Test
  void defaultsToTheFirstPageOfTwenty() {
    PageRequest request = PageRequest.parse(null, " ");
    assertThat(request).isEqualTo(new PageRequest(1, 20));
    assertThat(request.offset()).isZero();
    assertThat(PageRequest.parse("3", "100").offset()).isEqualTo(200);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 20, page",
    "-1, 20, page",
    "abc, 20, page",
    "1, 0, size",
    "1, 101, size",
    "1, x, size",
    "99999999999, 20, page"
  })
  void refusesBadValuesNamingTheParameter(String page, String size, String field) {
    assertThatThrownBy(() -> PageRequest.parse(page, size))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).errors())
        .isEqualTo(List.of(new FieldError(field, fieldMessage(page, size, field))));
  }

  @Test
  void reportsBothParametersAtOnce() {
    assertThatThrownBy(() -> PageRequest.parse("0", "500"))
        .extracting(e -> ((InvalidInputException) e).errors())
        .asList()
        .extracting(e -> ((FieldError) e).field())
        .containsExactly("page", "size");
    assertThatThrownBy(() -> PageRequest.parse("abc", "500"))
        .extracting(e -> ((InvalidInputException) e).errors())
        .asList()
        .extracting(e -> ((FieldError) e).field())
        .containsExactly("page", "size");
  }

  @Test
  void pagesCountTheirTotal() {
    assertThat(new Page<>(List.of(), 1, 20, 0).totalPages()).isZero();
    assertThat(new Page<>(List.of(), 1, 20, 20).totalPages()).isEqualTo(1);
    assertThat(new Page<>(List.of(), 1, 20, 21).totalPages()).isEqualTo(2);
  }

  private static String fieldMessage(String page, String size, String field) {
    String raw = field.equals("page") ? page : size;
    try {
      Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      return "must be a whole number";
    }
    return field.equals("page") ? "must be 1 or more" : "must be between 1 and 100";
  }
}
