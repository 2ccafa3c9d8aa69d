// SPDX-License-Identifier: AGPL-3.0-or-later
/** The territory's public défis (challenges) and the dreams grouped under each. */
package org.essaim.node.interfaces.web.challenge;
