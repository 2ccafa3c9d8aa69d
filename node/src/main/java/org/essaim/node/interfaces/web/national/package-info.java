// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The national association's pages, on the aggregator only: the network dashboard with its charts,
 * the directory of territories with its map, the open data downloads, and the registry management
 * for administrators. Charts and map are SVG drawn on the server, each with a text alternative.
 */
package org.essaim.node.interfaces.web.national;
