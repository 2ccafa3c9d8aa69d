// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The interface's languages: French first, English available, the visitor's choice in a cookie. */
public final class Languages {

  public static final Locale DEFAULT = Locale.FRENCH;
  public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);
  public static final String COOKIE = "essaim_lang";

  private Languages() {}

  /** The chosen language, or French (not the browser's: the territory speaks French first). */
  public static Locale of(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName())) {
          Optional<Locale> chosen = supported(cookie.getValue());
          if (chosen.isPresent()) {
            return chosen.get();
          }
        }
      }
    }
    return DEFAULT;
  }

  /** The supported language of a code such as {@code en}, if it is one. */
  public static Optional<Locale> supported(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(code.strip())).findFirst();
  }
}
