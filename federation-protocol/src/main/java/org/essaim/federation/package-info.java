// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Essaim's ActivityPub library: everything that crosses the wire between nodes. It knows nothing of
 * dreams or projects; the node maps its domain to and from this vocabulary.
 */
package org.essaim.federation;
