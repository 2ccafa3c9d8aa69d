// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Network search as a use case: keeping the index in step with this node's objects and the copies
 * of its peers' objects (both read in their ActivityStreams form, so they are indexed alike), and
 * answering searches with the caller's rights.
 */
package org.essaim.node.application.search;
