// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

/**
 * One value of a property: a reference to another object by its IRI, a literal, an embedded object,
 * or an ordered list of values (JSON-LD {@code @list}, as in {@code orderedItems}).
 */
public sealed interface AsValue permits IriReference, Literal, AsObject, OrderedValues {}
