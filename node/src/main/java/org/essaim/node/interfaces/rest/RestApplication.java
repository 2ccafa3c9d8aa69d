// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.essaim.node.domain.model.account.Role;

@ApplicationPath("/api")
@DeclareRoles({Role.ADMIN_NAME, Role.EDITOR_NAME})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Essaim node API",
            version = "0.1",
            description =
                "The API of one Essaim territory node. Errors are RFC 9457"
                    + " application/problem+json documents.",
            license =
                @License(
                    name = "AGPL-3.0-or-later",
                    url = "https://www.gnu.org/licenses/agpl-3.0.html")))
@SecurityScheme(
    securitySchemeName = RestApplication.BASIC_AUTH,
    type = SecuritySchemeType.HTTP,
    scheme = "basic")
public class RestApplication extends Application {
  public static final String BASIC_AUTH = "basicAuth";
}
