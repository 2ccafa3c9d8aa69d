// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What later search features need from PostgreSQL, checked on a live database. */
public final class TextSearchCapabilities {
  private TextSearchCapabilities() {}

  public static void assertAvailable(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // French stemming: "rêves partagés" matches a search for "rêve partagé".
      assertThat(
              bool(
                  statement,
                  "SELECT to_tsvector('french', 'Des rêves partagés pour le territoire')"
                      + " @@ plainto_tsquery('french', 'rêve partagé')"))
          .isTrue();
      // unaccent: a search typed without accents finds accented text.
      assertThat(string(statement, "SELECT unaccent('Épinal, Lunévillois, Crépîte')"))
          .isEqualTo("Epinal, Lunevillois, Crepite");
      assertThat(
              bool(
                  statement,
                  "SELECT to_tsvector('french', unaccent('Fabrique à initiatives créée'))"
                      + " @@ plainto_tsquery('french', unaccent('fabrique initiative creee'))"))
          .isTrue();
      // pg_trgm: a typo still resembles the name.
      assertThat(dbl(statement, "SELECT similarity('Meurthe-et-Moselle', 'Meurte et Mozelle')"))
          .isGreaterThan(0.3);
      assertThat(bool(statement, "SELECT 'Lons-le-Saunier' % 'Lons le Saulnier'")).isTrue();
    }
  }

  private static boolean bool(Statement statement, String sql) throws SQLException {
    try (ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getBoolean(1);
    }
  }

  private static String string(Statement statement, String sql) throws SQLException {
    try (ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getString(1);
    }
  }

  private static double dbl(Statement statement, String sql) throws SQLException {
    try (ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getDouble(1);
    }
  }
}
