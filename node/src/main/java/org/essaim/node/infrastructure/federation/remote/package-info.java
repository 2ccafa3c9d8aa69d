// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Remote actors and documents as this node knows them: fetched documents (signed GETs whose id must
 * be their address), actors' inboxes and keys, and the walk of followed peers' outboxes into remote
 * copies ({@link org.essaim.node.infrastructure.federation.remote.OutboxBackfill}).
 */
package org.essaim.node.infrastructure.federation.remote;
