// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Federation use cases, independent of HTTP and JSON-LD: who this territory talks to ({@link
 * org.essaim.node.application.federation.PeerPolicy}), what it sends ({@link
 * org.essaim.node.application.federation.DeliveryQueue}, filled in the transaction of the domain
 * change) and what it does with a verified inbound activity ({@link
 * org.essaim.node.application.federation.InboundActivityHandler}). Wire formats are the {@code
 * federation-protocol} library's; transport is {@code infrastructure.federation}.
 */
package org.essaim.node.application.federation;
