// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.collective;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.essaim.node.application.CollectiveService;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.domain.model.collective.CollectiveStatus;
import org.essaim.node.domain.model.collective.Governance;
import org.essaim.node.interfaces.demo.DemoContext;
import org.essaim.node.interfaces.demo.DemoStep;

/**
 * Project collectives and their members. References: {@code "project"} (a project's ref) and, for
 * each of the {@code "members"}, {@code "organization"} (an organisation's ref); {@code
 * transitions} are status moves ({@code ["ACTIVE"]}). Demo data names no natural person: a member
 * is an organisation, and a member with a name, an email or a phone is refused.
 */
@ApplicationScoped
public class CollectiveDemoStep implements DemoStep {

  /** The keys of a person member, which demo data never carries. */
  static final List<String> PERSON_KEYS = List.of("displayName", "email", "phone");

  @Inject CollectiveService collectives;

  @Override
  public String section() {
    return "collectives";
  }

  @Override
  public int load(JsonValue section, DemoContext context) {
    int count = 0;
    for (DemoContext.Entry entry : DemoContext.entries(section(), section)) {
      List<CollectiveStatus> transitions = entry.transitions(CollectiveStatus.class);
      long projectId =
          DemoContext.at(
              entry.path(), () -> context.id("project", entry.string("project"), "project"));
      Governance governance =
          DemoContext.at(
              entry.path(),
              () ->
                  CollectiveResource.governance(
                      context.validator(),
                      entry.document(
                          CollectiveDocument.class, List.of("project", "members"), Map.of())));
      List<Member> members = new ArrayList<>();
      for (DemoContext.Entry member : entry.objects("members")) {
        members.add(DemoContext.at(member.path(), () -> member(member, context)));
      }
      context.register(
          "collective",
          entry.ref(),
          entry.path() + ".ref",
          () -> DemoContext.at(entry.path(), () -> collectives.create(projectId, governance)).id());
      for (Member member : members) {
        context.perform(
            () ->
                DemoContext.at(
                    member.path(),
                    () ->
                        collectives.addMember(
                            projectId,
                            member.organizationId(),
                            null,
                            null,
                            null,
                            false,
                            member.membership().role(),
                            member.membership().joinedOn())));
      }
      for (CollectiveStatus target : transitions) {
        context.perform(
            () ->
                DemoContext.at(
                    entry.path(),
                    () -> collectives.moveTo(projectId, target, OptionalLong.empty())));
      }
      count++;
    }
    return count;
  }

  private record Member(
      String path, long organizationId, CollectiveResource.Membership membership) {}

  private static Member member(DemoContext.Entry member, DemoContext context) {
    for (String key : PERSON_KEYS) {
      if (member.has(key)) {
        throw new InvalidInputException(
            List.of(
                new FieldError(
                    key, "demo data names no natural person: members are organisations only")));
      }
    }
    if (member.string("organization") == null) {
      throw new InvalidInputException(
          List.of(new FieldError("organization", "must be an organisation's reference")));
    }
    long organizationId = context.id("organization", member.string("organization"), "organization");
    MemberDocument document =
        member.document(
            MemberDocument.class,
            List.of("organization"),
            Map.of("organizationId", organizationId));
    return new Member(
        member.path(),
        organizationId,
        CollectiveResource.membership(context.validator(), document));
  }
}
