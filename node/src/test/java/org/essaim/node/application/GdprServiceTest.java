// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

class GdprServiceTest {

  @Test
  void anErasureIsOneTransactionAllOrNothing() throws Exception {
    assertThat(
            GdprService.class.getMethod("erase", String.class).getAnnotation(Transactional.class))
        .isNotNull()
        .extracting(Transactional::value)
        .isEqualTo(Transactional.TxType.REQUIRED);
    assertThat(
            GdprService.class
                .getMethod("export", String.class)
                .isAnnotationPresent(Transactional.class))
        .isTrue();
  }

  @Test
  void theAddressIsRequiredAndMustBeOne() {
    GdprService service = new GdprService();
    for (String email : new String[] {null, " ", "lea@", "lea martin@example.org"}) {
      assertThatThrownBy(() -> service.erase(email))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(
              e ->
                  assertThat(((InvalidInputException) e).errors())
                      .extracting(FieldError::field)
                      .containsExactly("email"));
      assertThatThrownBy(() -> service.export(email)).isInstanceOf(InvalidInputException.class);
    }
  }
}
