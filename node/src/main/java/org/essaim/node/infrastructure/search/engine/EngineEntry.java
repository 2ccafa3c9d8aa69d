// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.search.engine;

import java.time.Instant;
import java.util.List;

/**
 * What the engine holds of one {@code search_document} row: its key, its facet values and its
 * lexemes (the row's tsvector, as PostgreSQL's text form).
 *
 * @param id the row's id (the page of results is read back from the table by it)
 * @param objectUri the object's URI, the key of updates and removals
 * @param themes taxonomy keys, ancestors included
 * @param tsvector the row's {@code tsv} as text ({@code 'lexeme':1A,4 …})
 * @param change the transaction that last wrote the row (the feed's cursor)
 */
public record EngineEntry(
    long id,
    String objectUri,
    String kind,
    String territoryActor,
    String territoryName,
    String region,
    List<String> themes,
    List<String> supportModes,
    String stage,
    String legalForm,
    boolean transferable,
    boolean publicSearchable,
    Instant updated,
    String tsvector,
    long change) {}
