// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Method sheets (« fiches pratiques »): the network's shared know-how, e.g. « Créer et animer un
 * incubateur ». A sheet has a Markdown body rendered to sanitised HTML, a referent territory,
 * method steps, a licence and a lifecycle; every change of its text is kept as an immutable
 * numbered version (« mise à jour continue »).
 */
package org.essaim.node.domain.model.methodsheet;
