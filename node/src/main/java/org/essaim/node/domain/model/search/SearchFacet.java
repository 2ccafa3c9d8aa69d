// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

/** The dimensions results are counted by, and filtered on. */
public enum SearchFacet {
  KIND,
  THEME,
  TERRITORY,
  REGION,
  STAGE,
  LEGAL_FORM,
  SUPPORT_MODE,
  TRANSFERABLE
}
