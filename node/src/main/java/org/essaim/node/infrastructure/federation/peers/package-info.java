// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Finding the remote actors administrators follow: WebFinger lookups of handles and actor
 * documents, through the one federation HTTP client (signed fetches, address policy).
 */
package org.essaim.node.infrastructure.federation.peers;
