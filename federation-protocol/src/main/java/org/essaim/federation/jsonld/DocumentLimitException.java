// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

/** The document is larger or deeper than the configured {@link DocumentLimits}. */
public class DocumentLimitException extends DocumentException {
  private static final long serialVersionUID = 1L;

  /** Which bound was crossed. */
  public enum Limit {
    SIZE,
    DEPTH,
    ARRAY_LENGTH,
    MEMBERS
  }

  private final Limit limit;

  public DocumentLimitException(Limit limit, String message) {
    super(message);
    this.limit = limit;
  }

  public Limit limit() {
    return limit;
  }
}
