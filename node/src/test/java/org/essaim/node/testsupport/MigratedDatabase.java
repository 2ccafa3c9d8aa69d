// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A real PostgreSQL (the embedded server the node runs, zonky) migrated with the node's Flyway
 * scripts, for tests of the stores' SQL without a Liberty server. {@link #entityManager} hands a
 * store an {@link EntityManager} that only runs native queries, on one JDBC connection whose
 * transactions the test opens and commits itself (the stores use nothing else).
 */
public final class MigratedDatabase implements AutoCloseable {

  private final EmbeddedPostgres postgres;

  private MigratedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** Starts a fresh server in {@code dir} and migrates its database. */
  public static MigratedDatabase start(Path dir) {
    try {
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir.resolve("cluster"))
              .setOverrideWorkingDirectory(dir.toFile())
              .setCleanDataDirectory(true)
              .setLocaleConfig("encoding", "UTF8")
              .setLocaleConfig("locale", "C.UTF-8")
              .start();
      Flyway.configure(MigratedDatabase.class.getClassLoader())
          .dataSource(postgres.getPostgresDatabase())
          .locations("classpath:db/migration")
          .failOnMissingLocations(true)
          .load()
          .migrate();
      return new MigratedDatabase(postgres);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }

  /** A new connection, out of auto-commit: the caller commits or rolls back. */
  public Connection connection() throws SQLException {
    Connection connection = dataSource().getConnection();
    connection.setAutoCommit(false);
    return connection;
  }

  /** An entity manager that runs native queries on {@code connection}, in its transaction. */
  public static EntityManager entityManager(Connection connection) {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) -> {
              if (method.getName().equals("createNativeQuery") && args.length == 1) {
                return nativeQuery(connection, (String) args[0]);
              }
              throw new UnsupportedOperationException("test entity manager: " + method.getName());
            });
  }

  private static final Pattern POSITIONAL = Pattern.compile("\\?(\\d+)");

  private static Query nativeQuery(Connection connection, String jpaSql) {
    // JPA's ?1, ?2 (each may appear several times) become JDBC's ? in order of appearance.
    List<Integer> order = new ArrayList<>();
    Matcher matcher = POSITIONAL.matcher(jpaSql);
    StringBuilder sql = new StringBuilder();
    while (matcher.find()) {
      order.add(Integer.parseInt(matcher.group(1)));
      matcher.appendReplacement(sql, "?");
    }
    matcher.appendTail(sql);
    Map<Integer, Object> parameters = new HashMap<>();
    Object[] self = new Object[1];
    self[0] =
        Proxy.newProxyInstance(
            Query.class.getClassLoader(),
            new Class<?>[] {Query.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "setParameter":
                  parameters.put((Integer) args[0], args[1]);
                  return proxy;
                case "executeUpdate":
                  try (PreparedStatement statement = prepare(connection, sql, order, parameters)) {
                    if (statement.execute()) {
                      // An UPDATE … RETURNING run as an update: count its rows.
                      int rows = 0;
                      try (ResultSet result = statement.getResultSet()) {
                        while (result.next()) {
                          rows++;
                        }
                      }
                      return rows;
                    }
                    return statement.getUpdateCount();
                  }
                case "getResultList":
                  return rows(connection, sql, order, parameters);
                case "getSingleResult":
                  List<Object> rows = rows(connection, sql, order, parameters);
                  if (rows.size() != 1) {
                    throw new IllegalStateException(rows.size() + " rows for " + sql);
                  }
                  return rows.get(0);
                default:
                  throw new UnsupportedOperationException("test query: " + method.getName());
              }
            });
    return (Query) self[0];
  }

  private static PreparedStatement prepare(
      Connection connection, StringBuilder sql, List<Integer> order, Map<Integer, Object> values)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql.toString());
    for (int i = 0; i < order.size(); i++) {
      statement.setObject(i + 1, values.get(order.get(i)));
    }
    return statement;
  }

  // As JPA returns native results: one value per row for one column, else an Object[] per row.
  private static List<Object> rows(
      Connection connection, StringBuilder sql, List<Integer> order, Map<Integer, Object> values)
      throws SQLException {
    List<Object> rows = new ArrayList<>();
    try (PreparedStatement statement = prepare(connection, sql, order, values);
        ResultSet result = statement.executeQuery()) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        if (columns == 1) {
          rows.add(result.getObject(1));
        } else {
          Object[] row = new Object[columns];
          for (int c = 0; c < columns; c++) {
            row[c] = result.getObject(c + 1);
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
