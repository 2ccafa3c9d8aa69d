// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Projects (« projets / solutions »), the central object that will federate: description, stage and
 * status, origin, carrier and partner organisations, funding lines, impact measurements.
 *
 * <p>Not in this package on purpose: the project collective (its members are people) and the
 * accompaniment notes, both personal and local-only (domain notes §2.5-2.6); they come in their own
 * slice.
 */
package org.essaim.node.domain.model.project;
