// SPDX-License-Identifier: AGPL-3.0-or-later
/** The territory's key figures over HTTP, public and with small counts suppressed. */
package org.essaim.node.interfaces.rest.figures;
