// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The administrators' API for federation peers, under {@code /api/admin/federation}: peers, follows
 * in both directions, follow requests, blocks and the network policy.
 */
package org.essaim.node.interfaces.rest.peers;
