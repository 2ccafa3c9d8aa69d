// SPDX-License-Identifier: AGPL-3.0-or-later
/** /api/partners: the territory's partners and its circle of trusted partners. */
package org.essaim.node.interfaces.rest.partner;
