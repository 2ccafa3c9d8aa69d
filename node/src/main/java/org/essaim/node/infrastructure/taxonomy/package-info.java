// SPDX-License-Identifier: AGPL-3.0-or-later
/** Loads the network taxonomy shipped in the federation-protocol jar (taxonomy/taxonomy.json). */
package org.essaim.node.infrastructure.taxonomy;
