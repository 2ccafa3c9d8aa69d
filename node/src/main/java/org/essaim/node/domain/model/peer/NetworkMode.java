// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.peer;

/**
 * Whom this territory talks to. Blocks always win, in both modes.
 *
 * <ul>
 *   <li>{@code OPEN}: every remote actor that is not blocked (the blocks are the deny list);
 *   <li>{@code ALLOW_LIST}: a closed network: only actors listed in the allow-list (by actor or by
 *       host) and not blocked. Issue 6 (the national node) will also admit label-attested peers in
 *       this mode, through {@link Admission}'s attestation hook.
 * </ul>
 */
public enum NetworkMode {
  OPEN,
  ALLOW_LIST
}
