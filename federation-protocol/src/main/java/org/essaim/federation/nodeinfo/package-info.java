// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * NodeInfo 2.0 and 2.1: the document in which a server states its software, protocols, usage and
 * registration policy, and the {@code /.well-known/nodeinfo} discovery document that points to it.
 * Essaim publishes 2.1 and reads both versions from other servers.
 */
package org.essaim.federation.nodeinfo;
