// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Events the territory runs (« remontées des rêves », soirées d'idéation, forums, ateliers…): when
 * and where in the territory's own time zone, what they worked on, and counts only, never lists of
 * people. Lifecycle {@link org.essaim.node.domain.model.event.EventState}.
 */
package org.essaim.node.domain.model.event;
