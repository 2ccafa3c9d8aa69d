// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Technical adapters, one sub-package per technology: JPA persistence, the database server and its
 * migrations, security, health checks, node start-up.
 */
package org.essaim.node.infrastructure;
