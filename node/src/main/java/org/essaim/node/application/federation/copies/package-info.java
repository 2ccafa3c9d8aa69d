// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Read-only copies of followed peers' objects: what the inbound Create, Update, Delete and Announce
 * activities do to them ({@link org.essaim.node.application.federation.copies.RemoteCopies}), the
 * walk of a peer's outbox that imports what it shared before ({@link
 * org.essaim.node.application.federation.copies.OutboxWalk}), and the network reads of the copies.
 * Remote documents come through {@link
 * org.essaim.node.application.federation.copies.RemoteDocuments}, signed fetches in production.
 */
package org.essaim.node.application.federation.copies;
