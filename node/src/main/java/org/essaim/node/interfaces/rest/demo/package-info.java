// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * {@code POST /api/admin/demo-data}: loads a demo dataset into an empty node. The endpoint exists
 * only when {@code essaim.demo.enabled} is true; otherwise every caller gets 404, as for any
 * unknown path.
 */
package org.essaim.node.interfaces.rest.demo;
