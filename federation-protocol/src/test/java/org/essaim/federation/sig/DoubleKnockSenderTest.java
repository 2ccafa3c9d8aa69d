// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoubleKnockSenderTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
  private static final KeyPair RSA = TestMessages.rsaTestKey();
  private static final String KEY_ID = "https://essaim.example/users/alice#main-key";

  private final SignatureSpecMemory memory = new SignatureSpecMemory(2);
  private final DoubleKnockSender sender =
      new DoubleKnockSender(
          Rfc9421Signer.builder(KEY_ID, RSA.getPrivate()).clock(CLOCK).build(),
          CavageSigner.builder(KEY_ID, RSA.getPrivate()).clock(CLOCK).build(),
          memory);

  /** A receiver that only understands one scheme, verifying for real. */
  private static DoubleKnockSender.Transport receiver(
      SignatureScheme understood, List<SignatureScheme> seen) {
    SignatureVerifier verifier = new SignatureVerifier(VerificationPolicy.defaults(CLOCK));
    return signed -> {
      seen.add(signed.scheme());
      if (SignatureVerifier.detect(signed.request()) != understood) {
        return 401;
      }
      verifier.verify(signed.request(), id -> RSA.getPublic());
      return 202;
    };
  }

  private static SignableRequest post(String host) {
    return SignableRequest.post(
        URI.create("https://" + host + "/inbox"), HttpFields.empty(), "{}".getBytes());
  }

  @Test
  void rfc9421FirstThenRemembered() {
    List<SignatureScheme> seen = new ArrayList<>();
    DoubleKnockSender.Result result =
        sender.send(post("modern.example"), receiver(SignatureScheme.RFC9421, seen));
    assertThat(result).isEqualTo(new DoubleKnockSender.Result(202, SignatureScheme.RFC9421, 1));
    assertThat(memory.get("modern.example")).contains(SignatureScheme.RFC9421);
  }

  @Test
  void fallsBackToCavageOn401AndRemembersIt() {
    List<SignatureScheme> seen = new ArrayList<>();
    DoubleKnockSender.Transport legacy = receiver(SignatureScheme.CAVAGE, seen);
    assertThat(sender.send(post("legacy.example"), legacy))
        .isEqualTo(new DoubleKnockSender.Result(202, SignatureScheme.CAVAGE, 2));
    assertThat(sender.send(post("legacy.example"), legacy))
        .isEqualTo(new DoubleKnockSender.Result(202, SignatureScheme.CAVAGE, 1));
    assertThat(seen)
        .containsExactly(SignatureScheme.RFC9421, SignatureScheme.CAVAGE, SignatureScheme.CAVAGE);
  }

  @Test
  void otherFailuresDoNotTriggerASecondKnock() {
    List<SignatureScheme> seen = new ArrayList<>();
    DoubleKnockSender.Result result =
        sender.send(
            post("down.example"),
            signed -> {
              seen.add(signed.scheme());
              return 503;
            });
    assertThat(result.attempts()).isEqualTo(1);
    assertThat(memory.get("down.example")).isEmpty();
  }

  @Test
  void bothRejectedLeavesNothingRemembered() {
    DoubleKnockSender.Result result = sender.send(post("strict.example"), signed -> 401);
    assertThat(result).isEqualTo(new DoubleKnockSender.Result(401, SignatureScheme.CAVAGE, 2));
    assertThat(memory.get("strict.example")).isEmpty();
  }

  @Test
  void memoryIsBoundedAndCaseInsensitive() {
    memory.remember("A.example", SignatureScheme.CAVAGE);
    memory.remember("b.example", SignatureScheme.RFC9421);
    assertThat(memory.get("a.EXAMPLE")).contains(SignatureScheme.CAVAGE); // a is now most recent
    memory.remember("c.example", SignatureScheme.RFC9421);
    assertThat(memory.size()).isEqualTo(2);
    assertThat(memory.get("b.example")).isEmpty();
    assertThat(memory.get("a.example")).contains(SignatureScheme.CAVAGE);
  }
}
