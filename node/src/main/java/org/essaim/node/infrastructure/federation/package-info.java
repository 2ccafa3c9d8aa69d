// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The node's federation identity on disk: the actors' key pairs (PEM files, generated at first
 * start, never served nor logged) and the federation settings. The protocol itself (documents,
 * signatures, key formats) is the {@code federation-protocol} library's.
 */
package org.essaim.node.infrastructure.federation;
