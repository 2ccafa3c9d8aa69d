// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Défis (challenges) the team draws from the dreams of a campaign, and the solution ideas (« pistes
 * de solution ») found for them at the soirées d'idéation (steps 2 and 3 of the method). Défis are
 * NODE_PUBLIC; their links to dreams stay local.
 */
package org.essaim.node.domain.model.challenge;
