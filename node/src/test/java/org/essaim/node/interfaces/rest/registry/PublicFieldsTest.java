// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.registry;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbBuilder;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.essaim.node.application.registry.TerritoryEntryView;
import org.essaim.node.domain.model.registry.LabelStatus;
import org.junit.jupiter.api.Test;

/** The public directory carries public fields only: never notes, promo, sponsor or follow state. */
class PublicFieldsTest {

  @Test
  void theDirectoryDocumentHasOnlyPublicFields() {
    List<String> fields =
        Arrays.stream(DirectoryTerritoryDocument.class.getRecordComponents())
            .map(c -> c.getName())
            .toList();
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "actor", "name", "region", "department", "country", "labelStatus", "labelDate");
  }

  @Test
  void aSerialisedDirectoryEntrySaysNothingPrivate() throws Exception {
    TerritoryEntryView view =
        new TerritoryEntryView(
            7,
            URI.create("https://essaim.miramas.example/actors/territory"),
            "Miramas",
            "Provence-Alpes-Côte d'Azur",
            null,
            "FR",
            LabelStatus.LABELLED,
            LocalDate.of(2024, 4, 15),
            1L,
            URI.create("https://essaim.meurthe-et-moselle.example/actors/territory"),
            "ACCEPTED",
            3,
            Instant.EPOCH,
            Instant.EPOCH);
    try (var jsonb = JsonbBuilder.create()) {
      String json = jsonb.toJson(DirectoryTerritoryDocument.of(view));
      assertThat(json).contains("Miramas").contains("LABELLED");
      assertThat(json)
          .doesNotContain("meurthe-et-moselle")
          .doesNotContain("ACCEPTED")
          .doesNotContain("promo")
          .doesNotContain("otes");
    }
  }
}
