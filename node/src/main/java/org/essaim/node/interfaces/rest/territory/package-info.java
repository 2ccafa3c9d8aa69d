// SPDX-License-Identifier: AGPL-3.0-or-later
/** /api/territory: the public profile of the node's territory. */
package org.essaim.node.interfaces.rest.territory;
