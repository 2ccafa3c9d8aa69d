// SPDX-License-Identifier: AGPL-3.0-or-later
/** /api/projects: the territory's projects, their stage and status. */
package org.essaim.node.interfaces.rest.project;
