// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.essaim.federation.sig.HttpFields;
import org.junit.jupiter.api.Test;

class ReplayKeysTest {

  @Test
  void theSameSignedRequestHasTheSameKey() {
    HttpFields request =
        HttpFields.of(
            "signature-input", "sig1=(\"@method\");created=1", "signature", "sig1=:AAA=:");
    HttpFields again =
        HttpFields.of(
            "signature-input", "sig1=(\"@method\");created=1", "signature", "sig1=:AAA=:");
    assertThat(ReplayKeys.fingerprint(request))
        .isPresent()
        .isEqualTo(ReplayKeys.fingerprint(again));
    assertThat(ReplayKeys.fingerprint(request).get()).hasSize(64).matches("[0-9a-f]+");
  }

  @Test
  void aNewSignatureHasAnotherKey() {
    HttpFields first = HttpFields.of("signature", "keyId=\"k\",signature=\"AAA=\"");
    HttpFields second = HttpFields.of("signature", "keyId=\"k\",signature=\"BBB=\"");
    HttpFields later =
        HttpFields.of("signature-input", "sig1=();created=2", "signature", "sig1=:AAA=:");
    HttpFields earlier =
        HttpFields.of("signature-input", "sig1=();created=1", "signature", "sig1=:AAA=:");
    assertThat(ReplayKeys.fingerprint(first)).isNotEqualTo(ReplayKeys.fingerprint(second));
    assertThat(ReplayKeys.fingerprint(later)).isNotEqualTo(ReplayKeys.fingerprint(earlier));
  }

  @Test
  void cavageInTheAuthorizationFieldCounts() {
    HttpFields authorization =
        HttpFields.of("authorization", "Signature keyId=\"k\",signature=\"A\"");
    assertThat(ReplayKeys.fingerprint(authorization)).isPresent();
    assertThat(ReplayKeys.fingerprint(HttpFields.of("authorization", "Basic YWRtaW46eA==")))
        .isEmpty();
  }

  @Test
  void anUnsignedRequestHasNoKey() {
    assertThat(ReplayKeys.fingerprint(HttpFields.of("content-type", "application/activity+json")))
        .isEmpty();
  }

  @Test
  void keysAreRememberedAsLongAsTheClockWindowCouldAcceptTheSignature() {
    Instant now = Instant.parse("2026-11-23T08:00:00Z");
    assertThat(ReplayKeys.expiry(now)).isEqualTo(now.plus(Duration.ofMinutes(10)));
  }
}
