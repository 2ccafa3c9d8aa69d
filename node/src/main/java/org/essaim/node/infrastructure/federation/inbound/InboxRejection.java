// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import java.util.Objects;

/**
 * An inbox request refused by one of the checks: which one (its {@link Kind} gives the HTTP status
 * and the problem type) and why, in a sentence for the journal and the problem's detail.
 */
public class InboxRejection extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Which check refused the request. */
  public enum Kind {
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported Media Type"),
    TOO_LARGE(413, "payload-too-large", "Payload Too Large"),
    UNSIGNED(401, "federation-unsigned", "Unsigned request"),
    BAD_SIGNATURE(401, "federation-bad-signature", "Signature not accepted"),
    KEY_UNAVAILABLE(401, "federation-key-unavailable", "Signing key unavailable"),
    REPLAYED(401, "federation-replayed", "Replayed request"),
    MALFORMED(400, "federation-malformed-activity", "Malformed activity"),
    FORBIDDEN_CONTEXT(400, "federation-forbidden-context", "Remote JSON-LD context refused"),
    ORIGIN(403, "federation-origin-mismatch", "Origin mismatch"),
    NOT_ADMITTED(403, "federation-not-admitted", "Actor not admitted");

    private final int status;
    private final String slug;
    private final String title;

    Kind(int status, String slug, String title) {
      this.status = status;
      this.slug = slug;
      this.title = title;
    }

    public int status() {
      return status;
    }

    /** The RFC 9457 problem type. */
    public String problemType() {
      return "urn:essaim:problem:" + slug;
    }

    public String title() {
      return title;
    }
  }

  private final Kind kind;
  private final String reason;
  private final String publicDetail;

  /**
   * @param kind the check that refused
   * @param reason the journal's reason
   * @param publicDetail what the sender is told (the reason, unless it could reveal internals)
   */
  public InboxRejection(Kind kind, String reason, String publicDetail) {
    super(kind + ": " + reason);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.publicDetail = Objects.requireNonNull(publicDetail, "publicDetail");
  }

  public InboxRejection(Kind kind, String reason) {
    this(kind, reason, reason);
  }

  public Kind kind() {
    return kind;
  }

  public String reason() {
    return reason;
  }

  public String publicDetail() {
    return publicDetail;
  }
}
