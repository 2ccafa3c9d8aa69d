// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.follow;

import java.time.Instant;
import java.util.List;
import org.essaim.node.domain.model.peer.FollowApproval;
import org.essaim.node.domain.model.peer.NetworkMode;
import org.essaim.node.domain.model.peer.PeerMatch;

/**
 * The federation policy as administrators see it.
 *
 * @param followApproval how follows of this territory are approved
 * @param networkMode whom this territory talks to
 * @param allowList the allow-list entries (used in ALLOW_LIST mode)
 * @param trustLabelled whether territories labelled by the national node are admitted too (in
 *     ALLOW_LIST mode)
 * @param updatedAt when it last changed
 * @param updatedBy who changed it
 * @param version the version (ETag)
 */
public record PolicyView(
    FollowApproval followApproval,
    NetworkMode networkMode,
    List<PeerMatch> allowList,
    boolean trustLabelled,
    Instant updatedAt,
    String updatedBy,
    long version) {}
