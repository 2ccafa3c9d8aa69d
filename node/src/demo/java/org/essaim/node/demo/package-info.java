// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The local demo network ({@code ./mvnw -pl node -am -Pdemo-network verify}): three territory nodes
 * with their demo datasets and the national aggregator on loopback, wired through their admin APIs.
 * Not shipped in the WAR (docs/operations.md, "Demo network").
 */
package org.essaim.node.demo;
