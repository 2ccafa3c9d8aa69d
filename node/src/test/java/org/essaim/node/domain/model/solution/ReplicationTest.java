// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class ReplicationTest {

  private static final Instant NOW = Instant.parse("2024-06-01T10:00:00Z");
  private static final LocalDate MAY_14 = LocalDate.parse("2024-05-14");

  @Test
  void eachStepIsDated() {
    Replication r = new Replication(4, lons(MAY_14), NOW);
    assertThat(r.status()).isEqualTo(ReplicationStatus.INTERESTED);
    r.moveTo(ReplicationStatus.IN_PROGRESS, LocalDate.parse("2024-09-01"), NOW);
    assertThat(r.startedOn()).isEqualTo("2024-09-01");
    r.moveTo(ReplicationStatus.REPLICATED, LocalDate.parse("2025-03-01"), NOW);
    assertThat(r.replicatedOn()).isEqualTo("2025-03-01");
    assertThat(r.status()).isEqualTo(ReplicationStatus.REPLICATED);
    assertThatThrownBy(
            () -> r.moveTo(ReplicationStatus.ABANDONED, LocalDate.parse("2025-04-01"), NOW))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void notReplicatedBeforeStartingNorDatedBeforeThePreviousStep() {
    Replication r = new Replication(4, lons(MAY_14), NOW);
    assertThatThrownBy(() -> r.moveTo(ReplicationStatus.REPLICATED, MAY_14, NOW))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(
            () -> r.moveTo(ReplicationStatus.IN_PROGRESS, LocalDate.parse("2024-05-13"), NOW))
        .isInstanceOf(DomainRuleViolation.class)
        .hasFieldOrPropertyWithValue("field", "on");
    assertThat(r.status()).isEqualTo(ReplicationStatus.INTERESTED);
    r.moveTo(ReplicationStatus.ABANDONED, MAY_14, NOW);
    assertThat(r.abandonedOn()).isEqualTo(MAY_14);
  }

  @Test
  void theDateOfInterestStaysBeforeTheStart() {
    Replication r = new Replication(4, lons(MAY_14), NOW);
    r.moveTo(ReplicationStatus.IN_PROGRESS, LocalDate.parse("2024-09-01"), NOW);
    assertThatThrownBy(() -> r.describe(lons(LocalDate.parse("2024-10-01")), NOW))
        .hasFieldOrPropertyWithValue("field", "interestedOn");
    r.describe(lons(LocalDate.parse("2024-06-01")), NOW);
    assertThat(r.description().interestedOn()).isEqualTo("2024-06-01");
  }

  @Test
  void theTerritoryIsNamedAndItsActorIsAnHttpUri() {
    assertThatThrownBy(() -> new ReplicationDescription(" ", null, null, MAY_14))
        .hasFieldOrPropertyWithValue("field", "territoryName");
    assertThatThrownBy(() -> new ReplicationDescription("Lons", "ftp://x.example", null, MAY_14))
        .hasFieldOrPropertyWithValue("field", "territoryActorUri");
    assertThatThrownBy(() -> new ReplicationDescription("Lons", "not a uri", null, MAY_14))
        .hasFieldOrPropertyWithValue("field", "territoryActorUri");
    ReplicationDescription undated = new ReplicationDescription("Lons", null, null, null);
    assertThat(undated.datedIfUndated(MAY_14).interestedOn()).isEqualTo(MAY_14);
    assertThatThrownBy(() -> new Replication(4, undated, NOW))
        .hasFieldOrPropertyWithValue("field", "interestedOn");
  }

  private static ReplicationDescription lons(LocalDate interestedOn) {
    return new ReplicationDescription(
        "Start-Up de Territoire du Pays Lédonien",
        "https://lons.essaim.example/actor",
        "Ateliers en présentiel",
        interestedOn);
  }
}
