// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The team's back-office pages (editors and administrators only; visitors are sent to the login
 * page). For now the entry page: dreams waiting for moderation.
 */
package org.essaim.node.interfaces.web.team;
