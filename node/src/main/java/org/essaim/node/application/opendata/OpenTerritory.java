// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.opendata;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A territory of the directory as the open data shows it: the public directory's fields only.
 *
 * @param actor its node's territory actor
 * @param labelStatus its place on the label path
 * @param labelDate the labelling committee's date, or null
 * @param updated when its registry entry last changed
 */
public record OpenTerritory(
    URI actor,
    String name,
    String region,
    String department,
    String country,
    String labelStatus,
    LocalDate labelDate,
    Instant updated) {}
