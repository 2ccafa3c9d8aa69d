// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Demo data: versioned datasets (resources {@code demo/<territory>.json}) that fill a node as one
 * of the seeds' territories, loaded step by step through the same assemblers and application
 * services as the REST API, in one transaction. Off by default ({@code essaim.demo.enabled}).
 */
package org.essaim.node.interfaces.demo;
