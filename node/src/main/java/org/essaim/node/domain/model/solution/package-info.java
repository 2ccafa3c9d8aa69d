// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Transferable solutions (« solutions essaimables ») and their replications (« essaimages »): what
 * the territory learnt carrying one of its projects, written so that another territory can take it
 * up — the problem it answers, the economic and governance model, prerequisites, « facteurs clés de
 * succès » and « points d'attention », how it is transferred (open method, accompanied transfer,
 * antenna, franchise, network kit), what it costs and which organisation to contact (never a
 * person).
 *
 * <p>A solution derives from exactly one local project (at most one per project). A replication is
 * its own aggregate, referring to its solution by id, like a solution idea refers to its défi.
 */
package org.essaim.node.domain.model.solution;
