// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The network read API ({@code /api/network/objects}: copies of followed peers' objects, NETWORK
 * ones for signed-in members only) and the administrators' outbox backfill API ({@code
 * /api/admin/federation/backfills}).
 */
package org.essaim.node.interfaces.rest.network;
