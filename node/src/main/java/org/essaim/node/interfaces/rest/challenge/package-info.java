// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * /api/challenges: the défis of the territory, the dreams they group, similarity suggestions for
 * the team, and their solution ideas.
 */
package org.essaim.node.interfaces.rest.challenge;
