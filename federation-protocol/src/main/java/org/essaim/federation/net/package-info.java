// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Network safety for outgoing requests: which addresses a node may contact when a peer's document
 * makes it fetch or deliver somewhere (server-side request forgery defence).
 */
package org.essaim.federation.net;
