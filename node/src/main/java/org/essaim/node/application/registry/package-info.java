// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The national registry's use cases (aggregator mode only): registering territories (the aggregator
 * follows each one), moving them along the label path, committee decisions, promos, sponsorships,
 * and the label attestations the national actor issues and revokes.
 */
package org.essaim.node.application.registry;
