// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The aggregator's open data over REST (docs/open-data.md): the DCAT catalogue at {@code
 * /api/open-data} and each dataset as {@code <name>.csv} (RFC 4180, {@link
 * org.essaim.node.interfaces.rest.opendata.CsvWriter}) and {@code <name>.jsonld} (the protocol
 * library's {@code DatasetWriter}), streamed page by page. Anonymous; 404 on a territory node.
 */
package org.essaim.node.interfaces.rest.opendata;
