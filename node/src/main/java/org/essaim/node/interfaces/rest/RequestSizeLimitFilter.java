// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over {@value #MAX_BODY_BYTES} bytes with 413, whether the client announced
 * the length or streams it, so an oversized document is never read into memory.
 */
@Provider
@PreMatching
public class RequestSizeLimitFilter implements ContainerRequestFilter {

  public static final int MAX_BODY_BYTES = 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    if (request.hasEntity()) {
      request.setEntityStream(new LimitedInputStream(request.getEntityStream()));
    }
  }

  static WebApplicationException tooLarge() {
    return new WebApplicationException(
        "request body larger than " + MAX_BODY_BYTES + " bytes",
        Response.Status.REQUEST_ENTITY_TOO_LARGE);
  }

  private static final class LimitedInputStream extends FilterInputStream {
    private long remaining = MAX_BODY_BYTES;

    LimitedInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && --remaining < 0) {
        throw tooLarge();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0 && (remaining -= n) < 0) {
        throw tooLarge();
      }
      return n;
    }
  }
}
