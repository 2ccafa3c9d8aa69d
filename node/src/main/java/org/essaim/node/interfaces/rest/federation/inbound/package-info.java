// SPDX-License-Identifier: AGPL-3.0-or-later
/** The administrators' view of the inbound journal ({@code /api/admin/federation/inbound}). */
package org.essaim.node.interfaces.rest.federation.inbound;
