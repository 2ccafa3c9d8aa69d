// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The national actor's authority objects on the wire (aggregator mode): label attestations
 * (PUBLIC), promos and sponsorships (NETWORK), each a {@link
 * org.essaim.node.infrastructure.federation.publishing.PublishedObjectSource}, published in the
 * transaction of the registry change that caused it.
 */
package org.essaim.node.infrastructure.federation.registry;
