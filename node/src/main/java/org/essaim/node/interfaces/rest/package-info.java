// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The JSON API under /api, documented by MicroProfile OpenAPI at /openapi. Resources translate
 * between JSON documents and the application services; they hold no business rules.
 */
package org.essaim.node.interfaces.rest;
