// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * The interface's texts: {@code org/essaim/node/web/messages.properties} is French (the default),
 * {@code messages_en.properties} English. Never the JVM's locale as a fallback: a missing English
 * text shows the French one, not a third language.
 */
public final class WebMessages implements IMessageResolver {

  static final String BUNDLE = "org.essaim.node.web.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** The text of {@code key} in {@code locale}, with {@code {0}}-style arguments filled in. */
  public static String text(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale, WebMessages.class.getClassLoader(), NO_FALLBACK);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /** Every text of a language, for a check that both bundles name the same keys. */
  static Map<String, String> all(Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale, WebMessages.class.getClassLoader(), NO_FALLBACK);
    return bundle.keySet().stream()
        .collect(java.util.stream.Collectors.toMap(k -> k, bundle::getString));
  }

  @Override
  public String getName() {
    return "essaim";
  }

  @Override
  public Integer getOrder() {
    return 0;
  }

  @Override
  public String resolveMessage(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    return text(
        context.getLocale(), key, messageParameters == null ? new Object[0] : messageParameters);
  }

  @Override
  public String createAbsentMessageRepresentation(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    return "??" + key + "??";
  }
}
