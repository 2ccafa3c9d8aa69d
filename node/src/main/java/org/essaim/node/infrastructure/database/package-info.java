// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The PostgreSQL server the node may run itself, the schema migrations run at start-up, and the
 * coordination of the replicas that share one database (periodic jobs run once per node, start-up
 * writes one replica at a time).
 */
package org.essaim.node.infrastructure.database;
