// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Jakarta Security for the node: HTTP Basic over the account store, PBKDF2 password hashes. The
 * roles are admin and team (see Role).
 */
package org.essaim.node.infrastructure.security;
