// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.opendata;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.essaim.federation.opendata.DatasetWriter;
import org.essaim.federation.opendata.OpenDataRecord;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.AsValue;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.Literal;
import org.essaim.federation.vocab.OpenData;
import org.essaim.federation.vocab.OrderedValues;
import org.essaim.node.application.opendata.OpenDataColumn;
import org.essaim.node.application.opendata.OpenDataColumns;
import org.essaim.node.application.opendata.OpenDataService;
import org.essaim.node.application.opendata.OpenDataService.DatasetSummary;
import org.essaim.node.application.opendata.OpenDataset;
import org.essaim.node.application.opendata.OpenItem;
import org.essaim.node.application.opendata.OpenTerritory;

/** The JSON-LD of the open data: the DCAT catalogue, each collection's head and its records. */
final class OpenDataCatalogue {

  static final URI RFC_4180 = URI.create("https://www.rfc-editor.org/rfc/rfc4180");
  static final String TITLE = "Données ouvertes du réseau Start-Up de Territoire";
  static final String DESCRIPTION =
      "Ce que les territoires du réseau rendent public (projets, solutions essaimables, fiches"
          + " pratiques) et l'annuaire des territoires, collectés par le nœud national. Chaque"
          + " objet garde sa provenance et, le cas échéant, sa preuve d'intégrité et sa propre"
          + " licence.";

  private final OpenDataService openData;
  private final String base;

  OpenDataCatalogue(OpenDataService openData) {
    this.openData = openData;
    String url = openData.baseUrl().toString();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  URI catalogueUrl() {
    return URI.create(base + "/api/open-data");
  }

  URI file(OpenDataset dataset, String extension) {
    return URI.create(base + "/api/open-data/" + dataset.slug() + "." + extension);
  }

  /** The DCAT catalogue, written by the protocol library's codec. */
  JsonObject document() {
    List<AsValue> datasets = new ArrayList<>();
    Instant latest = null;
    for (OpenDataset dataset : OpenDataset.values()) {
      DatasetSummary summary = openData.summary(dataset);
      datasets.add(dataset(summary));
      if (summary.modified() != null && (latest == null || summary.modified().isAfter(latest))) {
        latest = summary.modified();
      }
    }
    AsObject.Builder catalogue =
        french(
                licensed(AsObject.builder().id(catalogueUrl()).type(OpenData.CATALOG)),
                TITLE,
                DESCRIPTION)
            .reference(OpenData.PUBLISHER, openData.publisher());
    if (latest != null) {
      catalogue.dateTime(OpenData.MODIFIED, latest);
    }
    for (AsValue dataset : datasets) {
      catalogue.add(OpenData.DATASET_PROPERTY, dataset);
    }
    return DatasetWriter.CODEC.write(catalogue.build());
  }

  private AsObject dataset(DatasetSummary summary) {
    OpenDataset dataset = summary.dataset();
    AsObject.Builder builder =
        french(
                licensed(
                    AsObject.builder()
                        .id(URI.create(catalogueUrl() + "#" + dataset.slug()))
                        .type(OpenData.DATASET)),
                dataset.title(),
                dataset.description())
            .reference(OpenData.PUBLISHER, openData.publisher())
            .integer(As.TOTAL_ITEMS, summary.items());
    if (summary.modified() != null) {
      builder.dateTime(OpenData.MODIFIED, summary.modified());
    }
    builder.add(
        OpenData.DISTRIBUTION_PROPERTY,
        AsObject.builder()
            .type(OpenData.DISTRIBUTION)
            .reference(OpenData.DOWNLOAD_URL, file(dataset, "csv"))
            .string(OpenData.FORMAT, "text/csv")
            .reference(OpenData.CONFORMS_TO, RFC_4180)
            .build());
    builder.add(
        OpenData.DISTRIBUTION_PROPERTY,
        AsObject.builder()
            .type(OpenData.DISTRIBUTION)
            .reference(OpenData.DOWNLOAD_URL, file(dataset, "jsonld"))
            .string(OpenData.FORMAT, "application/ld+json")
            .build());
    List<AsValue> columns = new ArrayList<>();
    for (OpenDataColumn<?> column : OpenDataColumns.described(dataset)) {
      AsObject.Builder c =
          AsObject.builder()
              .type(OpenData.COLUMN)
              .string(OpenData.COLUMN_NAME, column.name())
              .string(OpenData.DESCRIPTION, column.description(), "fr");
      if (column.multiValued()) {
        c.string(OpenData.SEPARATOR, OpenDataColumn.SEPARATOR);
      }
      columns.add(c.build());
    }
    builder.add(
        OpenData.TABLE_SCHEMA,
        AsObject.builder()
            .type(OpenData.SCHEMA)
            .add(OpenData.COLUMN_PROPERTY, new OrderedValues(columns))
            .build());
    return builder.build();
  }

  /** The head of a dataset's JSON-LD collection. */
  AsObject collection(OpenDataset dataset) {
    DatasetSummary summary = openData.summary(dataset);
    AsObject.Builder builder =
        french(
                licensed(
                    AsObject.builder().id(file(dataset, "jsonld")).type(As.ORDERED_COLLECTION)),
                dataset.title(),
                dataset.description())
            .reference(As.ATTRIBUTED_TO, openData.publisher());
    if (summary.modified() != null) {
      builder.dateTime(As.UPDATED, summary.modified());
    }
    return builder.build();
  }

  /** A copy's record: the object as published, with its licence and provenance. */
  OpenDataRecord record(OpenItem item) {
    return new OpenDataRecord(
        item.territoryActor(), item.license(), item.received(), item.refreshed(), item.document());
  }

  /**
   * A territory's record: its directory entry as an Essaim {@code Territory}, vouched for by this
   * node (the registry is the aggregator's).
   */
  OpenDataRecord record(OpenTerritory territory) {
    AsObject.Builder object =
        AsObject.builder()
            .id(territory.actor())
            .type(Essaim.TERRITORY)
            .string(As.NAME, territory.name())
            .string(Essaim.COUNTRY, territory.country())
            .string(Essaim.LABEL_STATUS, territory.labelStatus());
    if (territory.labelDate() != null) {
      object.add(Essaim.LABEL_DATE, Literal.date(territory.labelDate()));
    }
    List<AsValue> perimeter = new ArrayList<>();
    perimeter.add(area("region", territory.region()));
    if (territory.department() != null) {
      perimeter.add(area("departement", territory.department()));
    }
    object.add(Essaim.PERIMETER, new OrderedValues(perimeter));
    return new OpenDataRecord(
        openData.publisher(),
        openData.license().id(),
        null,
        territory.updated(),
        DatasetWriter.CODEC.write(object.build()));
  }

  private static AsObject area(String level, String name) {
    return AsObject.builder()
        .type(As.PLACE)
        .type(Essaim.PERIMETER_AREA)
        .string(Essaim.LEVEL, level)
        .string(As.NAME, name)
        .build();
  }

  /** Name and summary, plain and as French ({@code name} and {@code nameMap}), as objects have. */
  private static AsObject.Builder french(AsObject.Builder builder, String name, String summary) {
    return builder
        .string(As.NAME, name)
        .string(As.NAME, name, "fr")
        .string(As.SUMMARY, summary)
        .string(As.SUMMARY, summary, "fr");
  }

  private AsObject.Builder licensed(AsObject.Builder builder) {
    builder.string(Essaim.LICENSE, openData.license().id());
    openData.license().url().ifPresent(url -> builder.reference(OpenData.LICENSE_DOCUMENT, url));
    return builder;
  }
}
