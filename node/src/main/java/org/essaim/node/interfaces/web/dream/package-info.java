// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The public dream form: anyone shares a dream, an idea or a need in simple words, with themes as
 * everyday verbs, on a phone as on a computer; errors are shown next to their fields.
 */
package org.essaim.node.interfaces.web.dream;
