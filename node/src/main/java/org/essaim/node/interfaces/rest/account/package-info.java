// SPDX-License-Identifier: AGPL-3.0-or-later
/** /api/accounts: the people who sign in to the node (administrators only). */
package org.essaim.node.interfaces.rest.account;
