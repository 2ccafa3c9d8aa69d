// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The aggregator's REST API: the registry of territories, committee decisions, promos and
 * sponsorships (administrators) and the public directory of the network's territories. On a
 * territory node none of it exists (404, and absent from /openapi).
 */
package org.essaim.node.interfaces.rest.registry;
