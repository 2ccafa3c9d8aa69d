// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Open data documents of an aggregator (docs/open-data.md): a dataset as one JSON-LD collection of
 * records, each the object as its territory published it (verbatim, so its FEP-8b32 proof still
 * verifies) with its licence and provenance, written item by item so memory stays bounded.
 */
package org.essaim.federation.opendata;
