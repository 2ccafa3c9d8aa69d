// SPDX-License-Identifier: AGPL-3.0-or-later
/** The key of the erasure log's fingerprints, kept in the node's data directory. */
package org.essaim.node.infrastructure.gdpr;
