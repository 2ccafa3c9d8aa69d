// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.junit.jupiter.api.Test;

class PublishingDecisionTest {

  private static final Optional<String> NONE = Optional.empty();

  @Test
  void neverPublishedAndNotSharedIsNothing() {
    assertThat(PublishingDecision.decide(NONE, NONE)).isEqualTo(PublishingDecision.NOTHING);
  }

  @Test
  void newlySharedIsCreate() {
    assertThat(PublishingDecision.decide(NONE, Optional.of("a")))
        .isEqualTo(PublishingDecision.CREATE);
  }

  @Test
  void sameFingerprintIsNothing() {
    assertThat(PublishingDecision.decide(Optional.of("a"), Optional.of("a")))
        .isEqualTo(PublishingDecision.NOTHING);
  }

  @Test
  void changedWhileSharedIsUpdate() {
    assertThat(PublishingDecision.decide(Optional.of("a"), Optional.of("b")))
        .isEqualTo(PublishingDecision.UPDATE);
  }

  @Test
  void noLongerSharedIsDelete() {
    assertThat(PublishingDecision.decide(Optional.of("a"), NONE))
        .isEqualTo(PublishingDecision.DELETE);
  }

  @Test
  void activityTypes() {
    assertThat(PublishingDecision.CREATE.activityType()).isEqualTo("Create");
    assertThat(PublishingDecision.UPDATE.activityType()).isEqualTo("Update");
    assertThat(PublishingDecision.DELETE.activityType()).isEqualTo("Delete");
    assertThatThrownBy(PublishingDecision.NOTHING::activityType)
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void organisationsAreNotPublishedOnTheirOwn() {
    assertThatThrownBy(() -> new SharedObjectChanged(ShareableKind.ORGANIZATION, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new SharedObjectChanged(ShareableKind.PROJECT, 1).id()).isEqualTo(1);
  }
}
