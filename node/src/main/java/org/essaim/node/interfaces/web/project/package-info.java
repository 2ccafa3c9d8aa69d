// SPDX-License-Identifier: AGPL-3.0-or-later
/** The territory's public projects and each project's page. */
package org.essaim.node.interfaces.web.project;
