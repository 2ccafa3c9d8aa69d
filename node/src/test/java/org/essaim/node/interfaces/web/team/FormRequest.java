// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

/** A request carrying only form parameters, as a browser posts them. */
final class FormRequest {

  private FormRequest() {}

  static HttpServletRequest of(Map<String, List<String>> parameters) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            FormRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getParameter" -> {
                    List<String> values = parameters.get((String) args[0]);
                    yield values == null || values.isEmpty() ? null : values.get(0);
                  }
                  case "getParameterValues" -> {
                    List<String> values = parameters.get((String) args[0]);
                    yield values == null ? null : values.toArray(String[]::new);
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
