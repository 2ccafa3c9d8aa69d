// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.collective;

import java.util.List;
import java.util.Optional;

/** Where collectives and their members are kept. */
public interface CollectiveRepository {

  Optional<ProjectCollective> forProject(long projectId);

  Optional<ProjectCollective> find(long collectiveId);

  void add(ProjectCollective collective);

  void addMember(CollectiveMember member);

  Optional<CollectiveMember> findMember(long collectiveId, long memberId);

  /**
   * One page of members, by joining date (then id), optionally of one role.
   *
   * @param byName by display name instead (organisations last)
   */
  List<CollectiveMember> members(
      long collectiveId, Optional<MemberRole> role, boolean byName, int offset, int limit);

  long countMembers(long collectiveId, Optional<MemberRole> role);

  /** The ids of the organisations among the members, in joining order, without repeats. */
  List<Long> organizationMembers(long collectiveId);

  void removeMember(CollectiveMember member);

  /** Members whose email is this normalised address. */
  List<CollectiveMember> membersByEmail(String normalisedEmail);

  /** Deletes the members whose email is this normalised address; how many. */
  int deleteMembersByEmail(String normalisedEmail);

  void flush();
}
