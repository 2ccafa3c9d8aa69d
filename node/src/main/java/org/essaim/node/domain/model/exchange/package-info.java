// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Exchanges between territories about shared method sheets and transferable solutions: replies,
 * amendment proposals, replication proposals and Announces, sent by this territory or received from
 * a peer (the moderation queue), with their state.
 */
package org.essaim.node.domain.model.exchange;
