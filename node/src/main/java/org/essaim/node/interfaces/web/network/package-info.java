// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Network pages, on every node: the network search with facets, and what this node holds of the
 * network, always attributed to the territory it comes from.
 */
package org.essaim.node.interfaces.web.network;
