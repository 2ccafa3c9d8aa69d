// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Team members sign in and out of the web interface: a login form over the node's accounts (PBKDF2
 * hashes, the same identity store as the API's HTTP Basic), a session with an idle timeout, logout.
 */
package org.essaim.node.interfaces.web.account;
