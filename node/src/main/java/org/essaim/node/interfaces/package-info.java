// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The node's channels to the outside: the REST API (and later the web interface and ActivityPub).
 */
package org.essaim.node.interfaces;
