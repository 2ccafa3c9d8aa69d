// SPDX-License-Identifier: AGPL-3.0-or-later
/** /api/campaigns: the campaigns (« éditions ») of the territory and their lifecycle. */
package org.essaim.node.interfaces.rest.campaign;
