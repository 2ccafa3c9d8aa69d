// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The territory aggregate: the node's own public profile (name, local brand, perimeter, carrier
 * organisations, label status). Territory is the aggregate root; a node has exactly one.
 */
package org.essaim.node.domain.model.territory;
