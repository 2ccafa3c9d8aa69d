// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Thymeleaf engine of the interface: HTML templates from the class path, parsed once and
 * cached, every {@code th:text} escaped.
 */
@ApplicationScoped
public class WebTemplates {

  static final String PREFIX = "org/essaim/node/web/templates/";

  private final TemplateEngine engine;

  public WebTemplates() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(WebTemplates.class.getClassLoader());
    resolver.setPrefix(PREFIX);
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setMessageResolver(new WebMessages());
  }

  /** Renders {@code template} (a name under the templates directory, without .html). */
  public void render(String template, Locale locale, Map<String, Object> model, Writer out) {
    engine.process(template, new Context(locale, model), out);
  }
}
