// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.VocabularyException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every type survives Java → JSON → Java, and refuses an object without what it requires. */
class RoundTripTest {

  static Iterable<Samples> samples() {
    return Samples.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void recordSurvivesTheWire(Samples sample) {
    AsObject received = RoundTrip.read(RoundTrip.write(sample.object()));
    assertThat(sample.from().apply(received)).isEqualTo(sample.record());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void missingRequiredPropertyIsAVocabularyError(Samples sample) {
    AsObject received = RoundTrip.throughJson(sample.object());
    AsObject incomplete = received.toBuilder().remove(sample.required()).build();
    assertThatThrownBy(() -> sample.from().apply(incomplete))
        .isInstanceOf(VocabularyException.class)
        .hasMessageContaining("missing required");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void objectOfAnotherTypeIsRefused(Samples sample) {
    AsObject other =
        AsObject.builder()
            .id("https://example.org/note")
            .type(org.essaim.federation.vocab.As.NOTE)
            .build();
    assertThatThrownBy(() -> sample.from().apply(other))
        .isInstanceOf(VocabularyException.class)
        .hasMessageContaining("expected an object of type");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void requiredPropertyOfTheWrongKindIsAVocabularyError(Samples sample) {
    AsObject received = RoundTrip.throughJson(sample.object());
    AsObject wrong =
        received.toBuilder()
            .set(
                sample.required(),
                AsObject.builder().type(org.essaim.federation.vocab.As.NOTE).build())
            .build();
    assertThatThrownBy(() -> sample.from().apply(wrong))
        .isInstanceOf(VocabularyException.class)
        .hasMessageContaining("must be");
  }
}
