// SPDX-License-Identifier: AGPL-3.0-or-later
/** /api/organizations: the directory of organisations (« structures »). */
package org.essaim.node.interfaces.rest.organization;
