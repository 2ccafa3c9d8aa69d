// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Projects (« projets / solutions »), the central object that will federate: description, stage and
 * status, origin, carrier and partner organisations, funding lines, impact measurements.
 *
 * <p>Not in this package on purpose: the project collective (its members are people, {@code
 * domain.model.collective}) and the accompaniments ({@code domain.model.accompaniment}), personal
 * or private and local-only (domain notes §2.5-2.6).
 */
package org.essaim.node.domain.model.project;
