// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * This territory's key figures on the wire: the {@code essaim:KeyFigures} object ({@link
 * org.essaim.node.infrastructure.federation.figures.KeyFiguresSource}), published on a schedule and
 * on demand, and the default count of the network's territories from the followed actors.
 */
package org.essaim.node.infrastructure.federation.figures;
