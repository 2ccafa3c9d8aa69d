// SPDX-License-Identifier: AGPL-3.0-or-later
/** The visibility policy over HTTP: defaults per kind of object, changed by administrators. */
package org.essaim.node.interfaces.rest.visibility;
