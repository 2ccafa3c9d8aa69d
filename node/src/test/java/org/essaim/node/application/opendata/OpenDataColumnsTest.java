// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.essaim.LocalizedText;
import org.essaim.federation.vocab.essaim.MethodSheet;
import org.essaim.federation.vocab.essaim.Organization;
import org.essaim.federation.vocab.essaim.PerimeterArea;
import org.essaim.federation.vocab.essaim.Project;
import org.junit.jupiter.api.Test;

class OpenDataColumnsTest {

  static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();
  static final URI LONS = URI.create("https://lons.essaim.example/actors/territory");
  static final OpenDataLicense LICENSE = new OpenDataLicense("etalab-2.0");

  @Test
  void everyColumnIsNamedOnceInSnakeCaseAndDescribed() {
    for (OpenDataset dataset : OpenDataset.values()) {
      Set<String> names = new HashSet<>();
      for (OpenDataColumn<?> column : OpenDataColumns.described(dataset)) {
        assertThat(column.name()).matches("[a-z][a-z0-9_]*");
        assertThat(names.add(column.name())).as(dataset + " " + column.name()).isTrue();
        assertThat(column.description()).isNotBlank();
      }
    }
  }

  @Test
  void aProjectRowHoldsItsPublishedFieldsAndProvenance() {
    Project project =
        new Project(
            URI.create("https://lons.essaim.example/objects/projects/12"),
            LONS,
            LocalizedText.fr("Épicerie mobile"),
            LocalizedText.fr("Une épicerie qui passe dans les villages"),
            "emergence",
            "ACTIVE",
            "EXISTING_ACCELERATED",
            List.of("food.access", "food"),
            List.of("incubation"),
            Organization.named("Épi'Lons", null),
            "association-1901",
            List.of(Organization.named("Mairie de Lons", null), Organization.named("CAF", null)),
            null,
            true,
            false,
            null,
            null,
            new PerimeterArea("commune", "39300", "Lons-le-Saunier"),
            URI.create("https://lons.essaim.example/api/projects/12"));
    JsonObject document =
        Json.createObjectBuilder(CODEC.write(project.toAsObject()))
            .add(
                "proof",
                Json.createObjectBuilder()
                    .add("type", "DataIntegrityProof")
                    .add("verificationMethod", LONS + "#ed25519-key")
                    .add("created", "2026-11-23T09:00:00Z")
                    .add("proofValue", "z3Fabc"))
            .build();

    Map<String, String> row = row(OpenDataset.PROJECTS, item(document, project, LICENSE.id()));

    assertThat(row)
        .containsEntry("id", "https://lons.essaim.example/objects/projects/12")
        .containsEntry("name", "Épicerie mobile")
        .containsEntry("stage", "emergence")
        .containsEntry("themes", "food.access|food")
        .containsEntry("support_modes", "incubation")
        .containsEntry("carrier_organization", "Épi'Lons")
        .containsEntry("partners", "Mairie de Lons|CAF")
        .containsEntry("pepite", "true")
        .containsEntry("location_code", "39300")
        .containsEntry("territory_actor", LONS.toString())
        .containsEntry("territory_name", "Lons-le-Saunier")
        .containsEntry("license", "etalab-2.0")
        .containsEntry("received_at", "2026-11-23T09:00:05Z")
        .containsEntry("proof_verification_method", LONS + "#ed25519-key")
        .containsEntry("proof_value", "z3Fabc");
    assertThat(row.get("answers_challenge")).isEmpty();
  }

  @Test
  void aMethodSheetKeepsItsOwnLicence() {
    MethodSheet sheet =
        new MethodSheet(
            URI.create("https://lons.essaim.example/objects/method-sheets/3"),
            LONS,
            LocalizedText.fr("Créer et animer un incubateur"),
            null,
            LocalizedText.fr("<p>Réunir vingt personnes.</p>"),
            List.of("SUPPORT", "IDEATE"),
            List.of(),
            "2.0",
            "PUBLISHED",
            "CC-BY-SA-4.0",
            null);
    AsObject object = sheet.toAsObject();
    String own = object.string(org.essaim.federation.vocab.Essaim.LICENSE).orElse(null);
    Map<String, String> row =
        row(OpenDataset.METHOD_SHEETS, item(CODEC.write(object), sheet, LICENSE.forItem(own)));

    assertThat(row)
        .containsEntry("license", "CC-BY-SA-4.0")
        .containsEntry("method_steps", "SUPPORT|IDEATE")
        .containsEntry("content_html", "<p>Réunir vingt personnes.</p>")
        .containsEntry("proof_value", "");
  }

  static OpenItem item(JsonObject document, Object record, String license) {
    return new OpenItem(
        1,
        CODEC.read(document).id().orElseThrow(),
        LONS,
        "Lons-le-Saunier",
        license,
        Instant.parse("2026-11-23T09:00:05Z"),
        Instant.parse("2026-11-24T10:00:00Z"),
        document,
        CODEC.read(document),
        record);
  }

  static Map<String, String> row(OpenDataset dataset, OpenItem item) {
    Map<String, String> row = new LinkedHashMap<>();
    for (OpenDataColumn<OpenItem> column : OpenDataColumns.of(dataset)) {
      List<String> values = column.values().apply(item);
      row.put(column.name(), String.join("|", values));
    }
    return row;
  }
}
