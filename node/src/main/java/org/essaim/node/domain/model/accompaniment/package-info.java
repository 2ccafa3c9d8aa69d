// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Accompaniments (« accompagnement », step 4 of the method): which support programme (name and
 * format), which provider organisation, when, the milestones reached (feuille de route, pitch…) and
 * the outcome. PRIVATE: the team reads them; only outcome counts may leave the node, later.
 */
package org.essaim.node.domain.model.accompaniment;
