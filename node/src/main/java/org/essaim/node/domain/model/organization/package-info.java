// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The directory of organisations (« structures »): associations, cooperatives, local authorities…
 * that carry, fund or support projects. No personal data: an organisation's address is its own.
 */
package org.essaim.node.domain.model.organization;
