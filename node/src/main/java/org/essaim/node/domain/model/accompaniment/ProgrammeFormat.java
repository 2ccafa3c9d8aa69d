// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.accompaniment;

/** The format of a support programme (« dispositif d'accompagnement »). */
public enum ProgrammeFormat {
  /** « Premiers pas ». */
  PREMIERS_PAS,
  /** Pre-incubation (« idéateur », « révélateur »). */
  PREINCUBATION,
  INCUBATION,
  ACCELERATION,
  /** « Espace test » (agricultural or activity test space). */
  ESPACE_TEST,
  /** Coopérative d'activité et d'emploi. */
  CAE,
  /** Coaching, e.g. « coaching solidaire » with AccSol. */
  COACHING
}
