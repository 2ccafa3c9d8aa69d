// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The territory's own language: aggregates, value objects and repository interfaces. Imports
 * nothing from the application, infrastructure or interfaces layers, nor from the federation
 * protocol.
 */
package org.essaim.node.domain;
