// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Accounts of the people who sign in to the node (the territory team and its administrators).
 * Personal and local only: accounts never federate.
 */
package org.essaim.node.domain.model.account;
