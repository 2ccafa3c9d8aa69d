// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The node as an ActivityPub server, outside the REST API: actor documents with content
 * negotiation, their (for now empty) collections and inboxes, WebFinger, NodeInfo and host-meta.
 * Plain servlets, because these addresses are fixed by the protocols ({@code /.well-known/…}) and
 * live beside {@code /api}, and because each answer's media type, caching and CORS headers are part
 * of the protocol. Documents are written by the {@code federation-protocol} library.
 */
package org.essaim.node.interfaces.federation;
