// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Read-only copies of the objects followed peer territories share (projects, method sheets,
 * transferable solutions, défis, events), their tombstones, and the progress of the walks of peers'
 * outboxes that import what was shared before the follow.
 */
package org.essaim.node.domain.model.remote;
