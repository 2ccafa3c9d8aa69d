// SPDX-License-Identifier: AGPL-3.0-or-later
/** JPA (EclipseLink) implementations of the domain repositories, on the jdbc/essaim data source. */
package org.essaim.node.infrastructure.persistence.jpa;
