// SPDX-License-Identifier: AGPL-3.0-or-later
/** The node's configuration keys, read through MicroProfile Config (see docs/operations.md). */
package org.essaim.node.infrastructure.config;
