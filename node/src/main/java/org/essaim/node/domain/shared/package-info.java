// SPDX-License-Identifier: AGPL-3.0-or-later
/** Building blocks shared by every aggregate. */
package org.essaim.node.domain.shared;
