// SPDX-License-Identifier: AGPL-3.0-or-later
/** Loads the taxonomy catalogue shipped with the node (taxonomy/taxonomy.json). */
package org.essaim.node.infrastructure.taxonomy;
