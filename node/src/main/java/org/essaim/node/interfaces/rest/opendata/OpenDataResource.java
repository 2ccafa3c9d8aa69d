// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.opendata;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.federation.opendata.DatasetWriter;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.Page;
import org.essaim.node.application.opendata.OpenDataColumn;
import org.essaim.node.application.opendata.OpenDataColumns;
import org.essaim.node.application.opendata.OpenDataService;
import org.essaim.node.application.opendata.OpenDataset;
import org.essaim.node.application.opendata.OpenItem;
import org.essaim.node.application.opendata.OpenTerritory;
import org.essaim.node.interfaces.rest.registry.AggregatorEndpoint;

/** The aggregator's open data: the catalogue and each dataset as CSV and JSON-LD. */
@Path("open-data")
@RequestScoped
@AggregatorEndpoint
@Tag(
    name = "Open data (aggregator)",
    description =
        "The network's public projects, transferable solutions, method sheets and territory"
            + " directory as CSV and JSON-LD, with licence and provenance (docs/open-data.md)")
public class OpenDataResource {

  private static final Logger LOG = Logger.getLogger(OpenDataResource.class.getName());

  static final String JSON_LD = "application/ld+json";
  static final String CSV = "text/csv; charset=utf-8";
  static final String DATASET_DESCRIPTION =
      "Dataset: projects, solutions, method-sheets or territories";

  static final String CATALOGUE_EXAMPLE =
      "{\"@context\": [\"https://www.w3.org/ns/activitystreams\", \"…\"],"
          + " \"id\": \"https://national.essaim.example/api/open-data\", \"type\": \"Catalog\","
          + " \"name\": \"Données ouvertes du réseau Start-Up de Territoire\","
          + " \"publisher\": \"https://national.essaim.example/actors/territory\","
          + " \"license\": \"etalab-2.0\","
          + " \"licenseDocument\": \"https://www.etalab.gouv.fr/licence-ouverte-open-licence/\","
          + " \"dataset\": [{\"id\": \"https://national.essaim.example/api/open-data#projects\","
          + " \"type\": \"Dataset\", \"name\": \"Projets\", \"totalItems\": 42,"
          + " \"modified\": \"2026-11-23T09:00:00Z\", \"distribution\": [{\"type\":"
          + " \"Distribution\", \"downloadURL\":"
          + " \"https://national.essaim.example/api/open-data/projects.csv\", \"format\":"
          + " \"text/csv\"}], \"tableSchema\": {\"type\": \"Schema\", \"column\": [{\"type\":"
          + " \"Column\", \"columnName\": \"id\", \"description\": \"Identifiant de l'objet\"}]}}]}";

  static final String CSV_EXAMPLE =
      "id,name,summary,content_html,published,updated,stage,…,territory_actor,territory_name,"
          + "license,received_at,refreshed_at,proof_verification_method,proof_created,"
          + "proof_value\r\n"
          + "https://lons.essaim.example/objects/projects/12,Épicerie mobile,"
          + "\"Une épicerie qui passe dans les villages, le mardi\",<p>Elle passe le mardi.</p>,"
          + "2026-11-23T08:00:00Z,2026-11-23T09:00:00Z,emergence,…,"
          + "https://lons.essaim.example/actors/territory,Lons-le-Saunier,etalab-2.0,"
          + "2026-11-23T09:00:05Z,2026-11-23T09:00:05Z,"
          + "https://lons.essaim.example/actors/territory#ed25519-key,2026-11-23T09:00:00Z,z3F…\r\n";

  static final String JSON_LD_EXAMPLE =
      "{\"@context\": [\"https://www.w3.org/ns/activitystreams\", \"…\"],"
          + " \"id\": \"https://national.essaim.example/api/open-data/projects.jsonld\","
          + " \"type\": \"OrderedCollection\", \"name\": \"Projets\", \"license\": \"etalab-2.0\","
          + " \"orderedItems\": [{\"type\": \"OpenDataRecord\","
          + " \"attributedTo\": \"https://lons.essaim.example/actors/territory\","
          + " \"license\": \"etalab-2.0\", \"received\": \"2026-11-23T09:00:05Z\","
          + " \"updated\": \"2026-11-23T09:00:05Z\", \"object\": {\"@context\": [\"…\"],"
          + " \"id\": \"https://lons.essaim.example/objects/projects/12\","
          + " \"type\": [\"Article\", \"Project\"], \"name\": \"Épicerie mobile\","
          + " \"proof\": {\"type\": \"DataIntegrityProof\", \"cryptosuite\": \"eddsa-jcs-2022\","
          + " \"proofValue\": \"z3F…\"}}}]}";

  @Inject OpenDataService openData;

  @GET
  @PermitAll
  @Produces({JSON_LD, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "The open data catalogue (DCAT, JSON-LD)",
      description =
          "Every dataset with its title, description, licence, number of items, last change,"
              + " download addresses (CSV and JSON-LD) and the documentation of every CSV column"
              + " (CSVW).")
  @APIResponse(
      responseCode = "200",
      description = "The catalogue",
      content =
          @Content(
              mediaType = JSON_LD,
              examples = @ExampleObject(name = "Catalogue", value = CATALOGUE_EXAMPLE)))
  @APIResponse(responseCode = "406", description = "Neither JSON-LD nor JSON is acceptable")
  public Response catalogue() {
    return Response.ok(new OpenDataCatalogue(openData).document().toString())
        .header("Access-Control-Allow-Origin", "*")
        .build();
  }

  @GET
  @PermitAll
  @Path("{dataset}.csv")
  @Produces(CSV)
  @Operation(
      summary = "One dataset as CSV (RFC 4180, UTF-8)",
      description =
          "A header row, then one row per item; columns documented in the catalogue and in"
              + " docs/open-data.md. Multi-valued cells join their values with |. A cell that"
              + " starts with = + - @ is prefixed with an apostrophe. Streamed: no paging.")
  @APIResponse(
      responseCode = "200",
      description = "The file, as an attachment",
      content =
          @Content(
              mediaType = "text/csv",
              examples = @ExampleObject(name = "Projects", value = CSV_EXAMPLE)))
  @APIResponse(responseCode = "404", description = "No such dataset")
  @APIResponse(responseCode = "406", description = "text/csv is not acceptable")
  public Response csv(
      @Parameter(description = DATASET_DESCRIPTION, example = "projects") @PathParam("dataset")
          String name) {
    OpenDataset dataset = dataset(name);
    StreamingOutput body =
        out -> {
          Writer writer =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
          try {
            writeCsv(dataset, new CsvWriter(writer));
            writer.flush();
          } catch (RuntimeException e) {
            // The status is sent: the download ends short, the log says why.
            LOG.log(Level.SEVERE, "Open data " + dataset.slug() + ".csv cut short", e);
            throw e;
          }
        };
    return Response.ok(body, CSV)
        .header("Content-Disposition", "attachment; filename=\"" + fileName(dataset, "csv") + "\"")
        .header("Access-Control-Allow-Origin", "*")
        .build();
  }

  @GET
  @PermitAll
  @Path("{dataset}.jsonld")
  @Produces(JSON_LD)
  @Operation(
      summary = "One dataset as JSON-LD",
      description =
          "An OrderedCollection of records, each the object as its territory published it (with"
              + " its @context and FEP-8b32 proof) with its licence and provenance: territory"
              + " actor, first reception and last update here. Streamed: no paging.")
  @APIResponse(
      responseCode = "200",
      description = "The file, as an attachment",
      content =
          @Content(
              mediaType = JSON_LD,
              examples = @ExampleObject(name = "Projects", value = JSON_LD_EXAMPLE)))
  @APIResponse(responseCode = "404", description = "No such dataset")
  @APIResponse(responseCode = "406", description = "application/ld+json is not acceptable")
  public Response jsonLd(
      @Parameter(description = DATASET_DESCRIPTION, example = "projects") @PathParam("dataset")
          String name) {
    OpenDataset dataset = dataset(name);
    OpenDataCatalogue catalogue = new OpenDataCatalogue(openData);
    StreamingOutput body =
        out -> {
          try (DatasetWriter writer = new DatasetWriter(catalogue.collection(dataset), out)) {
            if (dataset == OpenDataset.TERRITORIES) {
              forEachTerritory(t -> writer.write(catalogue.record(t)));
            } else {
              forEachItem(dataset, i -> writer.write(catalogue.record(i)));
            }
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Open data " + dataset.slug() + ".jsonld cut short", e);
            throw e;
          }
        };
    return Response.ok(body, JSON_LD)
        .header(
            "Content-Disposition", "attachment; filename=\"" + fileName(dataset, "jsonld") + "\"")
        .header("Access-Control-Allow-Origin", "*")
        .build();
  }

  private void writeCsv(OpenDataset dataset, CsvWriter csv) {
    if (dataset == OpenDataset.TERRITORIES) {
      List<OpenDataColumn<OpenTerritory>> columns = OpenDataColumns.TERRITORIES;
      csv.row(columns.stream().map(OpenDataColumn::name).toList());
      forEachTerritory(t -> csv.row(cells(columns, t)));
    } else {
      List<OpenDataColumn<OpenItem>> columns = OpenDataColumns.of(dataset);
      csv.row(columns.stream().map(OpenDataColumn::name).toList());
      forEachItem(dataset, i -> csv.row(cells(columns, i)));
    }
  }

  private void forEachItem(OpenDataset dataset, java.util.function.Consumer<OpenItem> action) {
    long after = 0;
    OpenDataService.ItemPage page;
    do {
      page = openData.items(dataset, after);
      page.items().forEach(action);
      after = page.lastId();
    } while (page.more());
  }

  private void forEachTerritory(java.util.function.Consumer<OpenTerritory> action) {
    for (int number = 1; ; number++) {
      Page<OpenTerritory> page = openData.territories(number);
      page.items().forEach(action);
      if (number >= page.totalPages()) {
        return;
      }
    }
  }

  static <T> List<String> cells(List<OpenDataColumn<T>> columns, T item) {
    return columns.stream()
        .map(
            c -> {
              List<String> values = c.values().apply(item);
              return c.multiValued()
                  ? CsvWriter.join(values)
                  : values.isEmpty() ? null : values.get(0);
            })
        .toList();
  }

  static OpenDataset dataset(String name) {
    return OpenDataset.bySlug(name)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "No open dataset \""
                        + name
                        + "\": projects, solutions, method-sheets or territories"));
  }

  static String fileName(OpenDataset dataset, String extension) {
    return "essaim-" + dataset.slug() + "." + extension;
  }
}
