// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The exchanges API: replies, amendment and replication proposals and Announces sent about peers'
 * objects ({@code /api/network/objects/{id}/...}, {@code /api/network/exchanges}), and the
 * moderation queue of what peers sent about this territory's objects ({@code
 * /api/federation/contributions}). Editors and administrators only.
 */
package org.essaim.node.interfaces.rest.exchanges;
