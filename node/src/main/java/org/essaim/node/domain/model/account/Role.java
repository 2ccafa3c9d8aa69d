// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.account;

import java.util.Locale;

/** What an account may do on the node. The names double as Jakarta Security groups and roles. */
public enum Role {
  /** Administers the node: its profile, accounts and federation. */
  ADMIN,
  /** An editor: a member of the territory's core team (« équipe cœur »). */
  EDITOR;

  /** The security role name, as used in {@code @RolesAllowed}. */
  public String securityName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static final String ADMIN_NAME = "admin";
  public static final String EDITOR_NAME = "editor";
}
