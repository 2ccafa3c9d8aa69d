// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * /api/projects/{id}/collective and /api/projects/{id}/accompaniments: a project's collective and
 * members, and its accompaniments. Team only: members are people, accompaniments are PRIVATE.
 */
package org.essaim.node.interfaces.rest.collective;
