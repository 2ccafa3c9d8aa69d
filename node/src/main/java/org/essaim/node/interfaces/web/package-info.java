// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The web interface: server-rendered HTML pages (Thymeleaf templates under {@code
 * src/main/resources/org/essaim/node/web}) over the same application services as the JSON API, one
 * sub-package per capability. Works without JavaScript; every state-changing form carries a CSRF
 * token; French first, English available (docs/adr/0011-server-rendered-web-interface.md). These
 * servlets are not JAX-RS resources, so they never appear in /openapi.
 */
package org.essaim.node.interfaces.web;
