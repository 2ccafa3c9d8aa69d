// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * IRIs of the open data documents (docs/open-data.md): DCAT for the catalogue, Dublin Core for
 * licences and dates, CSVW for the columns of the CSV files, and Essaim's {@code OpenDataRecord}
 * (one exported object with its provenance). {@link #terms()} is the inline context that names
 * them.
 */
public final class OpenData {
  private OpenData() {}

  public static final String DCAT = "http://www.w3.org/ns/dcat#";
  public static final String DCT = "http://purl.org/dc/terms/";
  public static final String CSVW = "http://www.w3.org/ns/csvw#";

  // Types.
  public static final String CATALOG = DCAT + "Catalog";
  public static final String DATASET = DCAT + "Dataset";
  public static final String DISTRIBUTION = DCAT + "Distribution";
  public static final String SCHEMA = CSVW + "Schema";
  public static final String COLUMN = CSVW + "Column";
  public static final String RECORD = Essaim.NS + "OpenDataRecord";

  // Properties.
  public static final String DATASET_PROPERTY = DCAT + "dataset";
  public static final String DISTRIBUTION_PROPERTY = DCAT + "distribution";
  public static final String DOWNLOAD_URL = DCAT + "downloadURL";
  public static final String FORMAT = DCT + "format";
  public static final String PUBLISHER = DCT + "publisher";
  public static final String MODIFIED = DCT + "modified";
  public static final String LICENSE_DOCUMENT = DCT + "license";
  public static final String CONFORMS_TO = DCT + "conformsTo";
  public static final String DESCRIPTION = DCT + "description";
  public static final String TABLE_SCHEMA = CSVW + "tableSchema";
  public static final String COLUMN_PROPERTY = CSVW + "column";
  public static final String COLUMN_NAME = CSVW + "name";
  public static final String SEPARATOR = CSVW + "separator";

  /** When the exporting node first received the object (a record's provenance). */
  public static final String RECEIVED = Essaim.NS + "received";

  private static final JsonObject TERMS = load();

  /** The inline context naming these terms, for {@code ActivityStreamsCodec.withInlineTerms}. */
  public static JsonObject terms() {
    return TERMS;
  }

  private static JsonObject load() {
    try (InputStream in =
            OpenData.class.getResourceAsStream(
                "/org/essaim/federation/contexts/essaim-open-data.json");
        var json = JsonProvider.provider().createReader(in)) {
      return json.readObject().getJsonObject("@context");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
