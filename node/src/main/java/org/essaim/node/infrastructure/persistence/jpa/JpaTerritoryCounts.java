// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.essaim.node.domain.model.figures.EventTotals;
import org.essaim.node.domain.model.figures.TerritoryCounts;

/** The key figures' counts, each one SQL aggregate over the node's tables. */
@ApplicationScoped
public class JpaTerritoryCounts implements TerritoryCounts {

  private static final String COUNTED_DREAMS = "d.state NOT IN ('REJECTED', 'MERGED')";

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public long campaignsUnderway() {
    return single("SELECT count(*) FROM campaign WHERE state <> 'PLANNED'");
  }

  @Override
  public long dreamsReceived() {
    return single("SELECT count(*) FROM dream d WHERE " + COUNTED_DREAMS);
  }

  @Override
  public Map<Long, List<String>> dreamThemes() {
    return themes(
        "SELECT d.id, t.theme_key FROM dream d LEFT JOIN dream_theme t ON t.dream_id = d.id"
            + " WHERE "
            + COUNTED_DREAMS);
  }

  @Override
  public long challengesWorked() {
    return single("SELECT count(*) FROM challenge WHERE state NOT IN ('DRAFT', 'MERGED')");
  }

  @Override
  public EventTotals heldEvents() {
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery(
                    "SELECT count(*) FILTER (WHERE type = 'DREAM_COLLECTION'),"
                        + " count(*) FILTER (WHERE type IN ('IDEATION_EVENING', 'IDEAS_EVENING',"
                        + " 'CREATIVITY_AFTERNOON')),"
                        + " coalesce(sum(coalesce(total_attendance, participant_count,"
                        + " contributor_count, 0)), 0),"
                        + " coalesce(sum(coalesce(want_to_get_involved_count, 0)"
                        + " + coalesce(want_to_carry_count, 0)), 0),"
                        + " coalesce(sum(want_to_carry_count), 0),"
                        + " coalesce(sum(dream_count) FILTER (WHERE type = 'DREAM_COLLECTION'), 0)"
                        + " FROM event WHERE state = 'HELD'")
                .getSingleResult();
    return new EventTotals(
        number(row[0]),
        number(row[1]),
        number(row[2]),
        number(row[3]),
        number(row[4]),
        number(row[5]));
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  @Override
  public long projects() {
    return single("SELECT count(*) FROM project");
  }

  @Override
  public Map<String, Long> projectsByStage() {
    Map<String, Long> byStage = new LinkedHashMap<>();
    for (Object row :
        entityManager
            .createNativeQuery("SELECT stage, count(*) FROM project GROUP BY stage")
            .getResultList()) {
      Object[] columns = (Object[]) row;
      byStage.put(
          org.essaim.node.domain.model.project.ProjectStage.valueOf((String) columns[0]).key(),
          ((Number) columns[1]).longValue());
    }
    return byStage;
  }

  @Override
  public Map<Long, List<String>> projectThemes() {
    return themes(
        "SELECT p.id, t.theme_key FROM project p LEFT JOIN project_theme t ON t.project_id = p.id");
  }

  @Override
  public BigDecimal latestImpactTotal(String indicator) {
    Object sum =
        entityManager
            .createNativeQuery(
                "SELECT coalesce(sum(value), 0) FROM (SELECT DISTINCT ON (project_id) value"
                    + " FROM project_impact WHERE indicator_key = ?"
                    + " ORDER BY project_id, measured_on DESC, position DESC) latest")
            .setParameter(1, indicator)
            .getSingleResult();
    return sum instanceof BigDecimal d ? d : new BigDecimal(sum.toString());
  }

  private long single(String sql) {
    return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
  }

  private Map<Long, List<String>> themes(String sql) {
    Map<Long, List<String>> themes = new LinkedHashMap<>();
    for (Object row : entityManager.createNativeQuery(sql).getResultList()) {
      Object[] columns = (Object[]) row;
      List<String> keys =
          themes.computeIfAbsent(((Number) columns[0]).longValue(), id -> new ArrayList<>());
      if (columns[1] != null) {
        keys.add((String) columns[1]);
      }
    }
    return themes;
  }
}
