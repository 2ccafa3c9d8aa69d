// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Where the search indexer reads from: this node's records mapped to their ActivityStreams form,
 * and the territories of peers from their cached actor documents.
 */
package org.essaim.node.infrastructure.search;
