// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.figures;

/**
 * What the territory's HELD events add up to. Counts come from the teams' own tallies of each event
 * (aggregates, never lists of people), so a person at two events counts twice: these are
 * participations, as the network counts them.
 *
 * @param dreamCollectionsHeld « remontées des rêves » held
 * @param eveningsHeld ideation evenings, evenings of ideas and creativity afternoons held
 * @param participations the attendance of every held event (total attendance, else participants,
 *     else contributors)
 * @param engagedPeople people who said they want to get involved or to carry a project
 * @param wouldBeCarriers of those, people who want to carry a project
 * @param dreamsCollectedAtEvents the dreams the teams counted at dream-collection sessions
 */
public record EventTotals(
    long dreamCollectionsHeld,
    long eveningsHeld,
    long participations,
    long engagedPeople,
    long wouldBeCarriers,
    long dreamsCollectedAtEvents) {}
