// SPDX-License-Identifier: AGPL-3.0-or-later
/** Network search over HTTP: {@code /api/search} and the administrators' full reindex. */
package org.essaim.node.interfaces.rest.search;
