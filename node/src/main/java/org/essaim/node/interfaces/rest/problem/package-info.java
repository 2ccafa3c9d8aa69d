// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * RFC 9457 problem details: every error the node answers, from the REST layer or the servlet
 * container, is an application/problem+json document without internals (no stack trace, no class
 * names).
 */
package org.essaim.node.interfaces.rest.problem;
