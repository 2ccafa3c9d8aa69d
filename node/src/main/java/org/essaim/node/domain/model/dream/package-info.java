// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Dreams (« rêves, idées, besoins »), collected in step 1 of a campaign and moderated by the team.
 * Local only: dreams and their personal fields never federate (domain notes §2.5, §2.6).
 */
package org.essaim.node.domain.model.dream;
