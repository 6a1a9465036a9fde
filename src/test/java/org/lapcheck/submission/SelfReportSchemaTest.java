package org.lapcheck.submission;

import org.lapcheck.submission.yaml.SafeYaml;
import org.lapcheck.submission.yaml.YamlDocument;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SelfReportSchemaTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema() {
        // JSON is YAML, and reading it with our own parser needs no JSON library
        YamlDocument doc = SafeYaml.parse(JsonSchema.SELF_REPORT.fileName(), JsonSchema.SELF_REPORT.text().getBytes(StandardCharsets.UTF_8));
        assertThat(doc.problems()).isEmpty();
        return (Map<String, Object>) SafeYaml.toPlain(doc.root());
    }

    @Test
    void isADraft202012SchemaThatLeavesUnknownKeysOpen() {
        Map<String, Object> schema = schema();

        assertThat(schema).containsEntry("$schema", "https://json-schema.org/draft/2020-12/schema");
        assertThat(JsonSchema.SELF_REPORT.text()).doesNotContain("additionalProperties");
        assertThat(schema.get("required")).isEqualTo(List.of("format", "state"));
    }

    @Test
    void listsExactlyTheKeysTheLoaderKnows() {
        Map<String, Object> schema = schema();
        Set<String> inSchema = new TreeSet<>();
        collect(schema, schema, "", inSchema, new ArrayList<>());

        assertThat(inSchema).isEqualTo(new TreeSet<>(Shape.paths(SelfReportFormat.ROOT)));
    }

    @Test
    void describesEveryKey() {
        Map<String, Object> schema = schema();
        List<String> undescribed = new ArrayList<>();
        collect(schema, schema, "", new TreeSet<>(), undescribed);

        assertThat(undescribed).isEmpty();
    }

    /** Key paths as Shape.paths writes them, following $ref and items; notes properties without a description. */
    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> schema, Map<String, Object> node, String prefix, Set<String> paths,
            List<String> undescribed) {
        Map<String, Object> resolved = node;
        if (node.get("$ref") instanceof String ref) {
            String name = ref.substring("#/$defs/".length());
            resolved = (Map<String, Object>) ((Map<String, Object>) schema.get("$defs")).get(name);
        }
        if (resolved.get("properties") instanceof Map<?, ?> properties) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) properties).entrySet()) {
                String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                Map<String, Object> child = (Map<String, Object>) e.getValue();
                paths.add(path);
                if (!child.containsKey("description")) {
                    undescribed.add(path);
                }
                collect(schema, child, path, paths, undescribed);
            }
        }
        if (resolved.get("items") instanceof Map<?, ?> items) {
            collect(schema, (Map<String, Object>) items, prefix + "[]", paths, undescribed);
        }
    }
}
