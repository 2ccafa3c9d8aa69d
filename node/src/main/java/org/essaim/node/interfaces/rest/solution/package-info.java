// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * /api/transferable-solutions: the solutions the territory offers to others (« solutions
 * essaimables »), and /api/transferable-solutions/{id}/replications: where they are taken up.
 */
package org.essaim.node.interfaces.rest.solution;
