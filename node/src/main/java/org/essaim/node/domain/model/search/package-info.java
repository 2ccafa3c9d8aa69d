// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Network search: the index entries of this node's own objects and of the copies of its peers'
 * objects, the queries over them (full text, typo tolerance, facets) and their results.
 */
package org.essaim.node.domain.model.search;
