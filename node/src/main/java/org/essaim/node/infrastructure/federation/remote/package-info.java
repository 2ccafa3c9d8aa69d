// SPDX-License-Identifier: AGPL-3.0-or-later
/** Remote actors as this node knows them: fetched documents, their inboxes and keys. */
package org.essaim.node.infrastructure.federation.remote;
