// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The network calendar: this node's own events beside the events followed territories shared (their
 * copies), in one time line, with the audience rules of each.
 */
package org.essaim.node.application.federation.calendar;
