// SPDX-License-Identifier: AGPL-3.0-or-later
/** The PostgreSQL server the node may run itself, and the schema migrations run at start-up. */
package org.essaim.node.infrastructure.database;
