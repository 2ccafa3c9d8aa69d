// SPDX-License-Identifier: AGPL-3.0-or-later
/** MicroProfile Health checks behind /health/started, /health/live and /health/ready. */
package org.essaim.node.infrastructure.health;
