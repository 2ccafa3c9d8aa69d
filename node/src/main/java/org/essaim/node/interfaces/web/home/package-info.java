// SPDX-License-Identifier: AGPL-3.0-or-later
/** The territory node's home page: who we are, the campaign underway, key figures, what's next. */
package org.essaim.node.interfaces.web.home;
