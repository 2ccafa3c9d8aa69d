// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The search engine (ADR 0012): an in-process Lucene index of {@code search_document}, which stays
 * the record. PostgreSQL analyses the text (French stems without accents) and keeps the entries;
 * the engine holds their lexemes and facet values and answers the text, filter and facet part of a
 * search in one pass over the matching entries. A follower brings it the changes of {@code
 * search_document} through the transaction id of each write.
 */
package org.essaim.node.infrastructure.search.engine;
