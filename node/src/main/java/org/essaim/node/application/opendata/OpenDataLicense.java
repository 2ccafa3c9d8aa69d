// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.opendata;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The licence of the open data ({@code essaim.open-data.license}), for every item that does not
 * carry its own: an SPDX identifier such as {@code etalab-2.0} (Licence Ouverte 2.0, the default).
 *
 * @param id the identifier as configured
 */
public record OpenDataLicense(String id) {

  private static final Map<String, URI> KNOWN =
      Map.of(
          "etalab-2.0", URI.create("https://www.etalab.gouv.fr/licence-ouverte-open-licence/"),
          "odbl-1.0", URI.create("https://opendatacommons.org/licenses/odbl/1-0/"),
          "cc-by-4.0", URI.create("https://creativecommons.org/licenses/by/4.0/"),
          "cc-by-sa-4.0", URI.create("https://creativecommons.org/licenses/by-sa/4.0/"),
          "cc0-1.0", URI.create("https://creativecommons.org/publicdomain/zero/1.0/"));

  /**
   * @throws IllegalArgumentException when blank or not an identifier, naming the key
   */
  public OpenDataLicense {
    if (id == null || !id.strip().matches("[A-Za-z0-9.+-]{1,64}")) {
      throw new IllegalArgumentException(
          "essaim.open-data.license must be a licence identifier such as etalab-2.0, not \""
              + id
              + "\"");
    }
    id = id.strip();
  }

  /** The licence's text, for the identifiers this node knows. */
  public Optional<URI> url() {
    return Optional.ofNullable(KNOWN.get(id.toLowerCase(Locale.ROOT)));
  }

  /** The licence of an item: its own when it names one, else this one. */
  public String forItem(String own) {
    return own == null || own.isBlank() ? id : own.strip();
  }
}
