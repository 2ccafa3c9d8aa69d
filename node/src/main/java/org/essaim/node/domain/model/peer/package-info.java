// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Peers: the remote actors this territory knows through follows, in both directions ({@link
 * org.essaim.node.domain.model.peer.Peer}), and its policy towards remote actors: blocks, the
 * allow-list and the {@link org.essaim.node.domain.model.peer.NetworkPolicy} (follow approval,
 * network mode). The admission rule itself is {@link org.essaim.node.domain.model.peer.Admission}.
 */
package org.essaim.node.domain.model.peer;
