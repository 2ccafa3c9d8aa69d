// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class ExchangeTest {

  static final Instant NOW = Instant.parse("2025-03-03T10:00:00Z");

  static Exchange of(ExchangeDirection direction, ExchangeKind kind) {
    return new Exchange(
        direction,
        kind,
        URI.create("https://a.example/activities/1"),
        URI.create("https://b.example/actors/territory"),
        "B",
        URI.create("https://b.example/objects/method-sheets/1"),
        1,
        null,
        "text",
        NOW);
  }

  @Test
  void initialStates() {
    assertThat(of(ExchangeDirection.SENT, ExchangeKind.AMENDMENT).state())
        .isEqualTo(ExchangeState.PENDING);
    assertThat(of(ExchangeDirection.RECEIVED, ExchangeKind.REPLICATION_PROPOSAL).state())
        .isEqualTo(ExchangeState.PENDING);
    assertThat(of(ExchangeDirection.SENT, ExchangeKind.REPLY).state())
        .isEqualTo(ExchangeState.SENT);
    assertThat(of(ExchangeDirection.SENT, ExchangeKind.ANNOUNCE).state())
        .isEqualTo(ExchangeState.SENT);
    assertThat(of(ExchangeDirection.RECEIVED, ExchangeKind.REPLY).state())
        .isEqualTo(ExchangeState.VISIBLE);
  }

  @Test
  void anOfferIsAnsweredOnce() {
    Exchange offer = of(ExchangeDirection.RECEIVED, ExchangeKind.AMENDMENT);
    offer.accept("animatrice", "version 2", NOW);
    assertThat(offer.state()).isEqualTo(ExchangeState.ACCEPTED);
    assertThat(offer.result()).contains("version 2");
    assertThat(offer.decidedBy()).contains("animatrice");
    assertThat(offer.decidedAt()).contains(NOW);
    assertThatThrownBy(() -> offer.reject("animatrice", NOW))
        .isInstanceOf(IllegalTransitionException.class);
    Exchange other = of(ExchangeDirection.SENT, ExchangeKind.REPLICATION_PROPOSAL);
    other.reject(null, NOW);
    assertThat(other.state()).isEqualTo(ExchangeState.REJECTED);
    assertThatThrownBy(() -> other.accept(null, null, NOW))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void repliesAndAnnouncesAreNotDecided() {
    assertThatThrownBy(
            () -> of(ExchangeDirection.RECEIVED, ExchangeKind.REPLY).accept("a", null, NOW))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> of(ExchangeDirection.SENT, ExchangeKind.ANNOUNCE).reject("a", NOW))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void onlyAReceivedReplyIsHiddenAndShownAgain() {
    Exchange reply = of(ExchangeDirection.RECEIVED, ExchangeKind.REPLY);
    reply.hide(true, "animatrice", NOW);
    assertThat(reply.state()).isEqualTo(ExchangeState.HIDDEN);
    reply.hide(false, "animatrice", NOW);
    assertThat(reply.state()).isEqualTo(ExchangeState.VISIBLE);
    assertThatThrownBy(() -> of(ExchangeDirection.SENT, ExchangeKind.REPLY).hide(true, "a", NOW))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(
            () -> of(ExchangeDirection.RECEIVED, ExchangeKind.AMENDMENT).hide(true, "a", NOW))
        .isInstanceOf(IllegalTransitionException.class);
  }
}
