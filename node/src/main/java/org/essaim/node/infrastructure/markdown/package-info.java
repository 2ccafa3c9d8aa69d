// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Markdown to safe HTML for method sheets: CommonMark (with GFM tables) renders, the OWASP Java
 * HTML Sanitizer then keeps only an allow-list of elements, attributes and URL schemes.
 */
package org.essaim.node.infrastructure.markdown;
