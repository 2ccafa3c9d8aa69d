// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivityTypeNamesTest {

  @Test
  void activityStreamsTypesGiveTheirTerm() {
    assertThat(ActivityTypeNames.of(Set.of("https://www.w3.org/ns/activitystreams#Follow")))
        .isEqualTo("Follow");
    assertThat(
            ActivityTypeNames.of(
                Set.of(
                    "https://essaim.example/ns#Replicate",
                    "https://www.w3.org/ns/activitystreams#Create")))
        .isEqualTo("Create");
  }

  @Test
  void otherTypesGiveTheirLastSegment() {
    assertThat(ActivityTypeNames.of(Set.of("https://essaim.example/ns#Replicate")))
        .isEqualTo("Replicate");
    assertThat(ActivityTypeNames.of(Set.of("urn:x:Thing"))).isEqualTo("urn:x:Thing");
  }
}
