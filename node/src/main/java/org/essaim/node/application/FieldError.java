// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

/**
 * One rejected input value.
 *
 * @param field the path of the value in the request, e.g. {@code perimeter[2].code}
 * @param message what is wrong with it, for a person to read
 */
public record FieldError(String field, String message) {}
