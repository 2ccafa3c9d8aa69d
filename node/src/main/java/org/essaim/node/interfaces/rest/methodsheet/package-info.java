// SPDX-License-Identifier: AGPL-3.0-or-later
/** /api/method-sheets: method sheets (« fiches pratiques »), their lifecycle and versions. */
package org.essaim.node.interfaces.rest.methodsheet;
