// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.demo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * What the steps of one load share: the references a dataset uses between its entries ({@code
 * "ref": "gaia"}) and the ids they became, the validator and the taxonomy. In a dry run (the
 * dataset unit test) every conversion and check runs, but no service is called: references get
 * made-up ids.
 */
public final class DemoContext {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private final Validator validator;
  private final Taxonomy taxonomy;
  private final boolean dryRun;
  private final Map<String, Long> ids = new HashMap<>();
  private long nextFakeId = 1;

  public DemoContext(Validator validator, Taxonomy taxonomy, boolean dryRun) {
    this.validator = validator;
    this.taxonomy = taxonomy;
    this.dryRun = dryRun;
  }

  public Validator validator() {
    return validator;
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  public boolean dryRun() {
    return dryRun;
  }

  /**
   * Creates an object through {@code create} and remembers its id under {@code kind:ref}.
   *
   * @return the id (made up in a dry run, where {@code create} is not called)
   */
  public long register(String kind, String ref, String field, LongSupplier create) {
    if (ref != null && ids.containsKey(kind + ":" + ref)) {
      throw invalid(field, "the " + kind + " reference '" + ref + "' is used twice");
    }
    long id = dryRun ? nextFakeId++ : create.getAsLong();
    if (ref != null) {
      ids.put(kind + ":" + ref, id);
    }
    return id;
  }

  /** Runs a write through an application service; a dry run skips it. */
  public void perform(Runnable write) {
    if (!dryRun) {
      write.run();
    }
  }

  /**
   * @throws InvalidInputException when no earlier entry declared this reference
   */
  public long id(String kind, String ref, String field) {
    Long id = ids.get(kind + ":" + ref);
    if (id == null) {
      throw invalid(field, "no " + kind + " has the reference '" + ref + "' (declared earlier)");
    }
    return id;
  }

  /** The entries of an array section, each with its path for error messages. */
  public static List<Entry> entries(String section, JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw invalid(section, "must be an array");
    }
    JsonArray array = value.asJsonArray();
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String path = section + "[" + i + "]";
      if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
        throw invalid(path, "must be an object");
      }
      entries.add(new Entry(path, array.getJsonObject(i)));
    }
    return entries;
  }

  /**
   * Runs {@code action}, naming the entry in every field error it raises, so that a faulty dataset
   * says where it is wrong: {@code projects[3].themes[0]}.
   */
  public static <T> T at(String path, java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.errors().stream()
              .map(f -> new FieldError(prefixed(path, f.field()), f.message()))
              .toList());
    } catch (DomainRuleViolation e) {
      throw invalid(prefixed(path, e.field()), e.getMessage());
    }
  }

  private static String prefixed(String path, String field) {
    return field == null || field.isBlank() ? path : path + "." + field;
  }

  static InvalidInputException invalid(String field, String message) {
    return new InvalidInputException(List.of(new FieldError(field, message)));
  }

  /**
   * One dataset entry: the request document the REST API would receive, plus dataset-only keys
   * ({@code ref}, references to other entries, {@code transitions}, {@code notes} on provenance)
   * that the step takes out.
   */
  public static final class Entry {
    private final String path;
    private final JsonObject json;

    Entry(String path, JsonObject json) {
      this.path = path;
      this.json = json;
    }

    public String path() {
      return path;
    }

    public String ref() {
      return string("ref");
    }

    public String string(String key) {
      JsonValue value = json.get(key);
      return value instanceof JsonString s ? s.getString() : null;
    }

    public List<String> strings(String key) {
      JsonValue value = json.get(key);
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        return List.of();
      }
      if (value.getValueType() != JsonValue.ValueType.ARRAY) {
        throw invalid(path + "." + key, "must be an array of strings");
      }
      List<String> out = new ArrayList<>();
      for (JsonValue v : value.asJsonArray()) {
        if (!(v instanceof JsonString s)) {
          throw invalid(path + "." + key, "must be an array of strings");
        }
        out.add(s.getString());
      }
      return out;
    }

    /** Whether the entry has this key (with any value). */
    public boolean has(String key) {
      return json.containsKey(key);
    }

    /**
     * The objects of an array under {@code key}, as entries of their own (path {@code
     * collectives[0].members[1]}): nested lists such as a collective's members.
     */
    public List<Entry> objects(String key) {
      JsonValue value = json.get(key);
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        return List.of();
      }
      return entries(path + "." + key, value);
    }

    /** The entry's state changes, in order ({@code "transitions": ["PUBLISHED"]}). */
    public <E extends Enum<E>> List<E> transitions(Class<E> states) {
      List<E> out = new ArrayList<>();
      List<String> given = strings("transitions");
      for (int i = 0; i < given.size(); i++) {
        try {
          out.add(Enum.valueOf(states, given.get(i)));
        } catch (IllegalArgumentException e) {
          throw invalid(
              path + ".transitions[" + i + "]",
              "must be one of " + java.util.Arrays.toString(states.getEnumConstants()));
        }
      }
      return out;
    }

    /**
     * Binds the entry to the REST document type, without the dataset-only keys and with resolved
     * references added.
     *
     * @param datasetOnly keys to leave out
     * @param resolved fields to add (ids resolved from references)
     */
    public <T> T document(Class<T> type, List<String> datasetOnly, Map<String, Object> resolved) {
      JsonObjectBuilder builder = Json.createObjectBuilder(json);
      builder.remove("ref");
      builder.remove("transitions");
      builder.remove("notes");
      datasetOnly.forEach(builder::remove);
      resolved.forEach(
          (k, v) -> {
            if (v instanceof Long l) {
              builder.add(k, l);
            } else if (v instanceof List<?> list) {
              JsonArrayBuilder array = Json.createArrayBuilder();
              list.forEach(item -> array.add((Long) item));
              builder.add(k, array);
            }
          });
      try {
        return JSONB.fromJson(builder.build().toString(), type);
      } catch (JsonbException e) {
        throw invalid(path, "does not match the API's document: " + e.getMessage());
      }
    }
  }
}
