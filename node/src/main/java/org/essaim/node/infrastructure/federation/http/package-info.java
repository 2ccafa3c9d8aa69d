// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * All outbound federation HTTP: signed fetches (as the instance actor) and signed deliveries (as
 * the territory actor), through one client that applies the address policy (no private addresses
 * unless configured), size and time limits.
 */
package org.essaim.node.infrastructure.federation.http;
