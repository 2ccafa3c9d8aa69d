// SPDX-License-Identifier: AGPL-3.0-or-later
/** The public « Fiches pratiques » pages: the method sheets the territory shares. */
package org.essaim.node.interfaces.web.methodsheet;
