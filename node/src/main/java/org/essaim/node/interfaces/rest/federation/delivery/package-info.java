// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Administrators' view of outbound federation: deliveries of the outbox, peer hosts with their
 * circuit breakers, the fetch journal, and manual retry.
 */
package org.essaim.node.interfaces.rest.federation.delivery;
