package org.lapcheck.submission.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lapcheck.model.Position;
import org.lapcheck.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeYamlTest {

    private static YamlDocument parse(String text) {
        return SafeYaml.parse("t.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepsLineAndColumnOfEveryNode() {
        YamlDocument doc = parse("a: 1\nb:\n  c: [x, y]\n");

        assertThat(doc.ok()).isTrue();
        YamlNode c = doc.root().get("b").get("c");
        assertThat(c.position()).isEqualTo(new Position(3, 6));
        assertThat(c.items().get(1).position()).isEqualTo(new Position(3, 10));
        assertThat(doc.root().entries().get(1).keyAt()).isEqualTo(new Position(2, 1));
    }

    @Test
    void rejectsDuplicateKeysAtTheirLine() {
        YamlDocument doc = parse("a: 1\nb:\n  x: 1\n  x: 2\na: 3\n");

        assertThat(doc.ok()).isFalse();
        assertThat(doc.problems()).extracting(Problem::line, Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, 3), org.assertj.core.groups.Tuple.tuple(5, 1));
        assertThat(doc.problems().get(0).message()).isEqualTo("duplicate key 'x' (first at line 3, column 3)");
        assertThat(doc.root().get("a").text()).isEqualTo("1");
    }

    @Test
    void refusesJavaObjectTags() {
        YamlDocument doc = parse("a: !!java.io.File /etc/passwd\nb: !!javax.script.ScriptEngineManager [x]\n");

        assertThat(doc.ok()).isFalse();
        assertThat(doc.root()).isNull();
        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("java.io.File");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(4);
        });
    }

    @Test
    void refusesLocalTagsAndMergeKeys() {
        YamlDocument doc = parse("base: &b {x: 1}\nother:\n  <<: *b\n  y: !thing 2\n");

        assertThat(doc.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("merge keys"))
                .anySatisfy(m -> assertThat(m).contains("tag '!thing'"));
    }

    @Test
    void stopsBillionLaughs() {
        StringBuilder lol = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            lol.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                lol.append(i == 0 ? "" : ",").append('*').append(p);
            }
            lol.append("]\n");
        }
        long start = System.nanoTime();
        YamlDocument doc = parse(lol.toString());

        assertThat(doc.ok()).isFalse();
        assertThat(doc.problems().get(0).message()).contains("aliases");
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void placesTheAliasOverTheLimitWhereItStands() {
        StringBuilder text = new StringBuilder("base: &b [1]\nuses:\n");
        for (int i = 0; i < SafeYaml.MAX_ALIASES_FOR_COLLECTIONS + 1; i++) {
            text.append("  - *b\n");
        }

        YamlDocument doc = parse(text.toString());

        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("more than 20 aliases to lists or mappings");
            assertThat(p.line()).isEqualTo(3 + SafeYaml.MAX_ALIASES_FOR_COLLECTIONS);
            assertThat(p.column()).isEqualTo(5);
        });
    }

    @Test
    void placesTooDeepNestingAtTheFirstValueTooDeep() {
        YamlDocument doc = parse("a: 1\nb: " + "[".repeat(100) + "]".repeat(100) + "\n");

        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("values nested more than 40 levels deep; refused");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(4 + SafeYaml.MAX_NESTING_DEPTH);
        });
    }

    @Test
    void refusesADocumentThatExpandsPastTheNodeLimitWithOneProblem() {
        String flood = "a: [&s x" + ",*s".repeat(NodeTree.MAX_NODES + 10) + "]\n";

        YamlDocument doc = parse(flood);

        assertThat(doc.root()).isNull();
        assertThat(doc.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("expands to more than " + NodeTree.MAX_NODES));
    }

    @Test
    void showsControlCharactersOfKeysEscapedAndCutsLongOnes() {
        YamlDocument doc = parse("\"k\\n\\e[2K\\u202e\": 1\n\"k\\n\\e[2K\\u202e\": 2\n? " + "x".repeat(5000) + "\n: 1\n? "
                + "x".repeat(5000) + "\n: 2\n");

        assertThat(doc.problems()).extracting(Problem::message).containsExactly(
                "duplicate key 'k\\n\\u001B[2K\\u202E' (first at line 1, column 1)",
                "duplicate key '" + "x".repeat(57) + "...' (first at line 3, column 3)");
    }

    @Test
    void refusesAValueThatContainsItself() {
        YamlDocument doc = parse("a: &a [1, *a]\n");

        assertThat(doc.ok()).isFalse();
        assertThat(doc.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("itself"));
    }

    @Test
    void refusesDeepNesting() {
        YamlDocument doc = parse("[".repeat(100) + "]".repeat(100));

        assertThat(doc.ok()).isFalse();
        assertThat(doc.root()).isNull();
    }

    @Test
    void refusesAFileLargerThanTheLimitBeforeParsing() {
        byte[] big = new byte[SafeYaml.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');

        YamlDocument doc = SafeYaml.parse("big.yaml", big);

        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("more than the limit");
            assertThat(p.line()).isEqualTo(1);
        });
    }

    @Test
    void reportsInvalidUtf8AtItsLineAndColumn() {
        byte[] bytes = "a: 1\nb: caf\u00e9 x\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length);
        broken[12] = (byte) ' '; // 'é' (bytes 11-12) cut to its first byte

        YamlDocument doc = SafeYaml.parse("t.yaml", broken);

        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("invalid UTF-8");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(7);
        });
    }

    /**
     * The attack as SnakeYAML (the version lapcheck uses) reads it: NEL, LS and PS end a comment and a line, so a
     * key hides in what an editor shows as one comment line. If this stops holding, the refusal below still stands.
     */
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0085", "2028", "2029"})
    void snakeYamlReadsAKeyThatAnEditorShowsInsideAComment(String hex) {
        String text = "a: 1\n# note" + Character.toString(Integer.parseInt(hex, 16)) + "budget: 5\n";

        org.yaml.snakeyaml.nodes.MappingNode root = (org.yaml.snakeyaml.nodes.MappingNode)
                new org.yaml.snakeyaml.Yaml().compose(new java.io.StringReader(text));
        assertThat(root.getValue()).extracting(t -> ((org.yaml.snakeyaml.nodes.ScalarNode) t.getKeyNode()).getValue())
                .containsExactly("a", "budget");
        assertThat(root.getValue().get(1).getKeyNode().getStartMark().getLine()).as("SnakeYAML's line, 0-based")
                .isEqualTo(2);
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0085", "2028", "2029"})
    void refusesALineBreakOnlyYamlSeesAtItsPlaceInACommentAValueOrAQuotedValue(String hex) {
        String c = Character.toString(Integer.parseInt(hex, 16));
        YamlDocument doc = parse("a: 1\r\n# note" + c + "budget: 5\r\nb: x" + c + "y\r\nc: \"p" + c + "q\"\r\n");

        assertThat(doc.ok()).isFalse();
        assertThat(doc.root()).as("nothing of the file is read").isNull();
        assertThat(doc.problems()).extracting(Problem::line, Problem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, 7), org.assertj.core.groups.Tuple.tuple(3, 5),
                org.assertj.core.groups.Tuple.tuple(4, 6));
        assertThat(doc.problems()).allSatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).startsWith("character U+" + hex + " (").contains("write \\u" + hex);
        });
    }

    @Test
    void acceptsTheEscapeOfALineSeparatorInADoubleQuotedValue() {
        YamlDocument doc = parse("a: \"p\\u2028q\"\nb: 2\n");

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.root().get("a").text()).isEqualTo("p\u2028q");
        assertThat(doc.root().get("b").position()).isEqualTo(new Position(2, 4));
    }

    /** CR-only (old Mac editors), CRLF and LF files: the same place for a bad byte, a bad character and a YAML error. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LF", "CRLF", "CR"})
    void countsLinesAsTheParserDoesWhateverTheLineEnds(String name) {
        String eol = switch (name) {
            case "LF" -> "\n";
            case "CRLF" -> "\r\n";
            default -> "\r";
        };
        String text = String.join(eol, "a: 1", "b: 2", "c: caf\u00e9 x", "");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int cut = text.indexOf('\u00e9') + 1; // 'é' cut to its first byte: bytes of the ASCII before it, then one
        bytes[cut] = (byte) ' ';

        assertThat(SafeYaml.parse("t.yaml", bytes).problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("invalid UTF-8");
            assertThat(new Position(p.line(), p.column())).isEqualTo(new Position(3, 7));
        });
        assertThat(parse(String.join(eol, "a: 1", "b: 2", "c: x\u0001", "")).problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).contains("U+0001");
                    assertThat(new Position(p.line(), p.column())).isEqualTo(new Position(3, 5));
                });
        // SnakeYAML's own marks: a duplicate key three lines down is on line 3 in every style
        assertThat(parse(String.join(eol, "a: 1", "b: 2", "a: 3", "")).problems()).singleElement()
                .satisfies(p -> assertThat(new Position(p.line(), p.column())).isEqualTo(new Position(3, 1)));
    }

    @Test
    void placesABadByteAfterAByteOrderMarkAsAnEditorShowsIt() {
        byte[] bytes = "\uFEFFa: caf\u00e9 x\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 4] = (byte) ' '; // the second byte of 'é' (then " x\n")

        assertThat(SafeYaml.parse("t.yaml", bytes).problems()).singleElement()
                .satisfies(p -> assertThat(new Position(p.line(), p.column())).isEqualTo(new Position(1, 7)));
    }

    @Test
    void reportsSyntaxErrorsWithTheirMark() {
        YamlDocument doc = parse("a: 1\nb: [1, 2\nc: 3\n");

        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.line()).isGreaterThan(1);
        });
    }

    @Test
    void turnsSnakeYamlIllegalArgumentIntoAProblem() {
        YamlDocument doc = parse("!%0");

        assertThat(doc.ok()).isFalse();
        assertThat(doc.problems()).isNotEmpty();
    }

    @Test
    void refusesASecondDocument() {
        YamlDocument doc = parse("a: 1\n---\nb: 2\n");

        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("second YAML document");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void anEmptyFileIsANullRoot() {
        YamlDocument doc = parse("");

        assertThat(doc.ok()).isTrue();
        assertThat(doc.root().isNull()).isTrue();
    }

    @Test
    void plainValuesFollowTheCoreSchemaAndKeepDatesAsLocalDate() {
        YamlDocument doc = parse("""
                date: 2025-04-20
                quoted_date: "2025-04-20"
                impossible: 2025-02-30
                int: 42
                long: 12345678901
                dec: 2.5
                yes_word: yes
                norway: NO
                flag: true
                nothing: ~
                text: '12'
                list: [1, two]
                """);

        @SuppressWarnings("unchecked")
        Map<String, Object> plain = (Map<String, Object>) SafeYaml.toPlain(doc.root());

        assertThat(plain).containsEntry("date", LocalDate.of(2025, 4, 20))
                .containsEntry("quoted_date", "2025-04-20")
                .containsEntry("impossible", "2025-02-30")
                .containsEntry("int", 42)
                .containsEntry("long", 12345678901L)
                .containsEntry("dec", 2.5)
                .containsEntry("yes_word", "yes")
                .containsEntry("norway", "NO")
                .containsEntry("flag", true)
                .containsEntry("nothing", null)
                .containsEntry("text", "12")
                .containsEntry("list", List.of(1, "two"));
        assertThat(plain).isInstanceOf(LinkedHashMap.class);
    }

    @Test
    void dumpWritesBlockStyleThatReadsBackToTheSameValues() {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("format", "lap-self-report/1");
        plain.put("submitted", LocalDate.of(2025, 4, 20));
        plain.put("covers", 2024);
        plain.put("word", "yes");
        plain.put("year_text", "2024");
        plain.put("list", List.of(Map.of("a", 1.5), "x"));
        plain.put("none", null);

        String yaml = SafeYaml.dump(plain);

        assertThat(yaml).contains("submitted: 2025-04-20\n").doesNotContain("{").doesNotContain("!!");
        assertThat(SafeYaml.toPlain(parse(yaml).root())).isEqualTo(plain);
    }

    @Test
    void dumpRefusesObjectsThatAreNotPlainValues() {
        assertThatThrownBy(() -> SafeYaml.dump(Map.of("file", new java.io.File("/etc/passwd"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.io.File");
    }
}
