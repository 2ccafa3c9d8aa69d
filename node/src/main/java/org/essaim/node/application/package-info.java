// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Use cases of the node, one service per aggregate or flow. Every change, whether it comes from the
 * REST API, the web interface or (later) federation, goes through these services and their
 * transactions.
 */
package org.essaim.node.application;
