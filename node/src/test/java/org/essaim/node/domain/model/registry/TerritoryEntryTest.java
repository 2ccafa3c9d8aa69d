// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class TerritoryEntryTest {

  static final URI MIRAMAS = URI.create("https://essaim.miramas.example/actors/territory");
  static final Instant NOW = Instant.parse("2024-04-15T10:00:00Z");
  static final LocalDate COMMITTEE = LocalDate.of(2024, 4, 15);

  static EntryDescription miramas() {
    return new EntryDescription(
        "Miramas", "Provence-Alpes-Côte d'Azur", "Bouches-du-Rhône (13)", "FR", null);
  }

  @Test
  void walksThePathToTheLabelWithTheCommitteeDate() {
    TerritoryEntry entry = new TerritoryEntry(MIRAMAS, miramas(), LabelStatus.PROSPECT, null, NOW);
    entry.moveTo(LabelStatus.CANDIDATE, null, NOW);
    entry.moveTo(LabelStatus.IN_PROMO, null, NOW);
    entry.moveTo(LabelStatus.READY_FOR_LABEL, null, NOW);
    assertThat(entry.moveTo(LabelStatus.LABELLED, COMMITTEE, NOW))
        .isEqualTo(LabelStatus.READY_FOR_LABEL);
    assertThat(entry.labelStatus()).isEqualTo(LabelStatus.LABELLED);
    assertThat(entry.labelDate()).contains(COMMITTEE);
    entry.moveTo(LabelStatus.SUSPENDED, null, NOW);
    assertThat(entry.labelDate()).as("a suspension keeps the label's date").contains(COMMITTEE);
  }

  @Test
  void labelledNeedsTheCommitteeDate() {
    TerritoryEntry entry =
        new TerritoryEntry(MIRAMAS, miramas(), LabelStatus.READY_FOR_LABEL, null, NOW);
    assertThatThrownBy(() -> entry.moveTo(LabelStatus.LABELLED, null, NOW))
        .isInstanceOf(DomainRuleViolation.class)
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("labelDate");
    assertThat(entry.labelStatus()).isEqualTo(LabelStatus.READY_FOR_LABEL);
    assertThatThrownBy(
            () -> new TerritoryEntry(MIRAMAS, miramas(), LabelStatus.LABELLED, null, NOW))
        .isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void aDateWithoutLabelIsRefused() {
    assertThatThrownBy(
            () -> new TerritoryEntry(MIRAMAS, miramas(), LabelStatus.CANDIDATE, COMMITTEE, NOW))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("label date");
  }

  @Test
  void anIllegalMoveChangesNothing() {
    TerritoryEntry entry = new TerritoryEntry(MIRAMAS, miramas(), LabelStatus.CANDIDATE, null, NOW);
    assertThatThrownBy(() -> entry.moveTo(LabelStatus.LABELLED, COMMITTEE, NOW))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(entry.labelStatus()).isEqualTo(LabelStatus.CANDIDATE);
    assertThat(entry.labelDate()).isEmpty();
  }

  @Test
  void registersAnAlreadyLabelledTerritory() {
    TerritoryEntry entry =
        new TerritoryEntry(MIRAMAS, miramas(), LabelStatus.LABELLED, COMMITTEE, NOW);
    assertThat(entry.labelStatus()).isEqualTo(LabelStatus.LABELLED);
    assertThat(entry.actor()).isEqualTo(MIRAMAS);
  }

  @Test
  void descriptionRulesNameTheField() {
    assertField(() -> new EntryDescription(" ", "Grand Est", null, "FR", null), "name");
    assertField(() -> new EntryDescription("x".repeat(201), "Grand Est", null, "FR", null), "name");
    assertField(() -> new EntryDescription("Nancy", null, null, "FR", null), "region");
    assertField(
        () -> new EntryDescription("Nancy", "Grand Est", "d".repeat(101), "FR", null),
        "department");
    assertField(() -> new EntryDescription("Nancy", "Grand Est", null, "DE", null), "country");
    assertField(() -> new EntryDescription("Nancy", "Grand Est", null, null, null), "country");
    EntryDescription lu = new EntryDescription(" Luxembourg ", "Luxembourg", " ", "LU", null);
    assertThat(lu.name()).isEqualTo("Luxembourg");
    assertThat(lu.department()).isNull();
  }

  private static void assertField(Runnable construct, String field) {
    assertThatThrownBy(construct::run)
        .isInstanceOf(DomainRuleViolation.class)
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo(field);
  }
}
