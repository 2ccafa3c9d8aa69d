// SPDX-License-Identifier: AGPL-3.0-or-later
/** What the node does, in order, before it serves its first request. */
package org.essaim.node.infrastructure.startup;
