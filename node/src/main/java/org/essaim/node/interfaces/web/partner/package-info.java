// SPDX-License-Identifier: AGPL-3.0-or-later
/** The public « Cercle des partenaires » page: the territory's partner organisations. */
package org.essaim.node.interfaces.web.partner;
