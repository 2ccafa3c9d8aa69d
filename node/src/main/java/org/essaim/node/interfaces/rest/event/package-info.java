// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The events resource ({@code /api/events}) and the iCalendar exports ({@code /api/events.ics},
 * {@code /api/events/{id}.ics}) written by {@link
 * org.essaim.node.interfaces.rest.event.ICalendarWriter}.
 */
package org.essaim.node.interfaces.rest.event;
