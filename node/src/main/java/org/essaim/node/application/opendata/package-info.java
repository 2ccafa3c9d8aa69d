// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Open data export of the aggregator (docs/open-data.md): the datasets (projects, transferable
 * solutions, method sheets from the territories' PUBLIC copies that consent to indexing; the
 * territory directory from the registry), their licence, their documented columns and the items
 * with their provenance, read page by page so that a download of any size keeps memory bounded.
 */
package org.essaim.node.application.opendata;
