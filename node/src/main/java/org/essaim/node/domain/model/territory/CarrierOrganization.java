// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * A « structure porteuse »: an organisation that carries the dynamic on the territory (a PTCE, an
 * association, a local authority…). Several may share the role.
 */
@Embeddable
public class CarrierOrganization {

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "website_url", length = 2048)
  private String websiteUrl;

  protected CarrierOrganization() {
    // for JPA
  }

  public CarrierOrganization(String name, URI website) {
    if (name == null || name.isBlank()) {
      throw new DomainRuleViolation("name", "a carrier organisation needs a name");
    }
    this.name = name.strip();
    this.websiteUrl = website == null ? null : WebAddresses.requireHttp("website", website);
  }

  public String name() {
    return name;
  }

  public Optional<URI> website() {
    return Optional.ofNullable(websiteUrl).map(URI::create);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CarrierOrganization other
        && name.equals(other.name)
        && Objects.equals(websiteUrl, other.websiteUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, websiteUrl);
  }
}
