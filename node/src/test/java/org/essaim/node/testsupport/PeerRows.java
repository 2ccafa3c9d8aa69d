// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.testsupport;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Writes a peer row straight into a node's database, for tests whose remote peer is an in-JVM
 * server that cannot take part in a real Follow/Accept exchange. Multi-node tests use the real
 * exchange instead.
 */
public final class PeerRows {

  private PeerRows() {}

  /**
   * A remote actor (inbox {@code <actor>/inbox}) with the given states: {@code followerState} is
   * its follow of the node, {@code followingState} the node's follow of it.
   */
  public static void insert(
      NodeProcess node, URI actor, String followerState, String followingState) {
    String origin = actor.getScheme() + "://" + actor.getRawAuthority();
    try (Connection db =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + node.databasePort() + "/essaim",
                "essaim",
                "essaim");
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO federation_peer (id, actor_id, origin, authority, inbox,"
                    + " follower_state, follower_activity, following_state, following_activity,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())")) {
      insert.setObject(1, UUID.randomUUID());
      insert.setString(2, actor.toString());
      insert.setString(3, origin);
      insert.setString(4, actor.getRawAuthority());
      insert.setString(5, actor + "/inbox");
      insert.setString(6, followerState);
      insert.setString(7, "NONE".equals(followerState) ? null : origin + "/activities/follow-1");
      insert.setString(8, followingState);
      insert.setString(
          9,
          "NONE".equals(followingState)
              ? null
              : origin + "/activities/follow-of-" + UUID.randomUUID());
      if (insert.executeUpdate() != 1) {
        throw new IllegalStateException("peer row not inserted");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot insert the peer row: " + e.getMessage(), e);
    }
  }

  /**
   * Many followers at once (one batch): remote actors that follow the node ({@code follower_state}
   * ACCEPTED), each with the inbox {@code <actor>/inbox}. For load harnesses.
   */
  public static void insertFollowers(NodeProcess node, java.util.List<URI> actors) {
    try (Connection db =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + node.databasePort() + "/essaim",
                "essaim",
                "essaim");
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO federation_peer (id, actor_id, origin, authority, inbox,"
                    + " follower_state, follower_activity, following_state,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'ACCEPTED', ?, 'NONE',"
                    + " now(), now())")) {
      for (URI actor : actors) {
        String origin = actor.getScheme() + "://" + actor.getRawAuthority();
        insert.setObject(1, UUID.randomUUID());
        insert.setString(2, actor.toString());
        insert.setString(3, origin);
        insert.setString(4, actor.getRawAuthority());
        insert.setString(5, actor + "/inbox");
        insert.setString(6, origin + "/activities/follow-" + UUID.randomUUID());
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot insert the follower rows: " + e.getMessage(), e);
    }
  }
}
