// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Inbound federation: verification of signed requests (inbox deliveries and signed fetches), the
 * durable inbox queue and its worker, the inbound journal.
 */
package org.essaim.node.infrastructure.federation.inbound;
