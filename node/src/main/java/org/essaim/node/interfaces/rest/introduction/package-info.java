// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The introductions API: proposing an introduction between one of this territory's projects and a
 * peer's, the list of those sent and received with the administrators' answers ({@code
 * /api/federation/introductions}), and the links a project shows ({@code
 * /api/projects/{projectId}/links}).
 */
package org.essaim.node.interfaces.rest.introduction;
