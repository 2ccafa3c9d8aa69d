// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicAuthenticationMechanismTest {

  @Test
  void readsUsernameAndPasswordWithColons() {
    UsernamePasswordCredential credential =
        BasicAuthenticationMechanism.credential("basic " + encode("admin:pa:ss wörd"))
            .orElseThrow();
    assertThat(credential.getCaller()).isEqualTo("admin");
    assertThat(credential.getPasswordAsString()).isEqualTo("pa:ss wörd");
  }

  @Test
  void absentOrOtherSchemesAreNoCredentials() {
    assertThat(BasicAuthenticationMechanism.credential(null)).isEmpty();
    assertThat(BasicAuthenticationMechanism.credential("Bearer abc.def")).isEmpty();
  }

  @Test
  void garbledCredentialsAreInvalidRatherThanIgnored() {
    assertThat(BasicAuthenticationMechanism.credential("Basic !!!notbase64"))
        .hasValueSatisfying(c -> assertThat(c.getCaller()).isEmpty());
    assertThat(BasicAuthenticationMechanism.credential("Basic " + encode("no-colon")))
        .hasValueSatisfying(c -> assertThat(c.getCaller()).isEmpty());
  }

  private static String encode(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }
}
