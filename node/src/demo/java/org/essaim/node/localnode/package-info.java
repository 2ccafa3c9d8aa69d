// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * A node run on this machine from the Liberty server the build prepared under {@code
 * node/target/liberty}: its own output and data directories, ports and embedded PostgreSQL. Shared
 * by the integration tests ({@code testsupport.NodeProcess}) and the local demo network; never in
 * the WAR.
 */
package org.essaim.node.localnode;
