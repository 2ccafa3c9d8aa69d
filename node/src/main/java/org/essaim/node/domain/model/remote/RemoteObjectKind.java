// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.remote;

import java.util.Set;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.Essaim;

/** What a remote copy is, from its ActivityStreams / Essaim types. */
public enum RemoteObjectKind {
  PROJECT,
  METHOD_SHEET,
  SOLUTION,
  CHALLENGE,
  EVENT,
  KEY_FIGURES,
  LABEL_ATTESTATION,
  PROMO,
  SPONSORSHIP,
  OTHER;

  /** The kind of an object with these (expanded) type IRIs; Essaim types win over AS2 ones. */
  public static RemoteObjectKind of(Set<String> types) {
    if (types.contains(Essaim.PROJECT)) {
      return PROJECT;
    }
    if (types.contains(Essaim.METHOD_SHEET)) {
      return METHOD_SHEET;
    }
    if (types.contains(Essaim.TRANSFERABLE_SOLUTION)) {
      return SOLUTION;
    }
    if (types.contains(Essaim.CHALLENGE)) {
      return CHALLENGE;
    }
    if (types.contains(As.EVENT)) {
      return EVENT;
    }
    if (types.contains(Essaim.KEY_FIGURES)) {
      return KEY_FIGURES;
    }
    if (types.contains(Essaim.LABEL_ATTESTATION)) {
      return LABEL_ATTESTATION;
    }
    if (types.contains(Essaim.PROMO)) {
      return PROMO;
    }
    if (types.contains(Essaim.SPONSORSHIP)) {
      return SPONSORSHIP;
    }
    return OTHER;
  }

  /** The kind named by a Tombstone's {@code formerType}, OTHER when absent or unknown. */
  public static RemoteObjectKind ofFormerType(String formerType) {
    return formerType == null ? OTHER : of(Set.of(formerType));
  }
}
