// SPDX-License-Identifier: AGPL-3.0-or-later
/** Public events of the territory: the list, each event's page, links to the iCalendar files. */
package org.essaim.node.interfaces.web.event;
