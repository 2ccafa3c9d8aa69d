// SPDX-License-Identifier: AGPL-3.0-or-later
/** The public « Solutions essaimables » pages: what the territory's projects offer to others. */
package org.essaim.node.interfaces.web.solution;
