package org.lapcheck.submission.yaml;

import org.lapcheck.submission.Shown;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lapcheck.model.Position;
import org.lapcheck.model.Problem;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The one place YAML is read and written. Reading composes the node tree (never constructs objects, so no tag can
 * instantiate a class), under limits against oversized and alias-bomb documents, and turns every failure into a
 * {@link Problem} at a line and column instead of an exception.
 */
public final class SafeYaml {

    /** Larger files are refused before they are read: a self-report is a few kilobytes. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_CODE_POINTS = 2_000_000;
    public static final int MAX_ALIASES_FOR_COLLECTIONS = 20;
    public static final int MAX_NESTING_DEPTH = 40;

    /** How SnakeYAML's TagInspector words a refused global tag such as {@code !!java.io.File}. */
    private static final String GLOBAL_TAG = "Global tag is not allowed:";

    private SafeYaml() {}

    /** Parses one YAML document; problems (never exceptions) for anything wrong with the bytes. */
    public static YamlDocument parse(String displayPath, byte[] content) {
        if (content.length > MAX_BYTES) {
            return failed(displayPath, Position.START, tooLarge(content.length));
        }
        StrictUtf8.Decoded decoded = StrictUtf8.decode(displayPath, content);
        if (decoded.problem() != null) {
            return new YamlDocument(displayPath, null, List.of(decoded.problem()));
        }
        List<Problem> breaks = ambiguousLineBreaks(displayPath, decoded.text());
        if (!breaks.isEmpty()) {
            return new YamlDocument(displayPath, null, breaks);
        }
        return compose(displayPath, decoded.text());
    }

    /**
     * SnakeYAML (as YAML 1.1) ends a line at NEL (U+0085), LS (U+2028) and PS (U+2029) too, even inside a comment
     * or a quoted value, while most editors and lapcheck's own line numbers do not: {@code # note<LS>budget: 5}
     * shows as a comment and reads as a key. The only reading both sides agree on is none, so each is refused
     * where it stands, before the parser runs (its line numbers would count them). A value that means one writes
     * the escape ({@code "\\u2028"} in double quotes), which is plain ASCII in the file.
     */
    private static List<Problem> ambiguousLineBreaks(String file, String text) {
        if (text.indexOf('\u0085') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
            return List.of();
        }
        return StrictUtf8.find(text, SafeYaml::isAmbiguousLineBreak).stream()
                .map(found -> Problem.error(file, found.at(), lineBreakMessage(found.codePoint()))).toList();
    }

    private static boolean isAmbiguousLineBreak(int c) {
        return c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static String lineBreakMessage(int c) {
        String name = c == 0x85 ? "next line, NEL" : c == 0x2028 ? "line separator" : "paragraph separator";
        return String.format("character U+%04X (%s) is not allowed: YAML reads it as a line break where editors show "
                + "none, so it could hide a key in a comment or show one that is not there; delete it (in a "
                + "double-quoted value, write \\u%04X if it is meant)", c, name, c);
    }

    /** Why a file over {@link #MAX_BYTES} is refused. */
    public static String tooLarge(long size) {
        return "the file is " + size + " bytes, more than the limit of " + MAX_BYTES
                + " bytes (2 MiB); an input file is a few kilobytes";
    }

    private static YamlDocument compose(String file, String text) {
        Node root = null;
        try {
            Iterator<Node> documents = newYaml().composeAll(new StringReader(text)).iterator();
            if (documents.hasNext()) {
                root = documents.next();
            }
            if (documents.hasNext()) {
                Node second = documents.next();
                Position at = second == null ? Position.START : position(second.getStartMark());
                return failed(file, at, "a second YAML document starts here; a file holds exactly one (remove the '---')");
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            return failed(file, mark == null ? Position.START : position(mark), describe(e));
        } catch (ReaderException e) {
            return failed(file, StrictUtf8.positionOfCodePoint(text, e.getPosition()),
                    "character U+" + String.format("%04X", e.getCodePoint()) + " is not allowed in YAML");
        } catch (YAMLException e) {
            // limits (code points, aliases, depth) throw without a mark: find the place by reading the events again
            return failed(file, Limits.where(text, e), Limits.describe(e));
        } catch (IllegalArgumentException e) {
            // SnakeYAML 2.7 throws this for some malformed tags, e.g. '!%0'
            return failed(file, Position.START, "YAML not read: " + Shown.escape(e.getMessage()));
        } catch (RuntimeException e) {
            // a net for parser bugs on odd input (as '!%0' was): the file is still just invalid, not a crash
            return failed(file, Position.START, "YAML not read: the parser failed on this input"
                    + (e.getMessage() == null ? "" : " (" + Shown.escape(e.getMessage()) + ")"));
        }
        if (root == null) {
            return new YamlDocument(file, YamlNode.nullAt(Position.START), List.of());
        }
        NodeTree tree = new NodeTree(file);
        YamlNode converted = tree.convert(root);
        if (tree.refused()) {
            // the nodes past the limit, or inside themselves, were left empty; checking them adds only follow-ons
            return new YamlDocument(file, null, tree.problems());
        }
        return new YamlDocument(file, converted, tree.problems());
    }

    static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setMergeOnCompose(false);
        // the default TagInspector refuses global tags; NodeTree refuses every non-core tag on composed nodes too
        DumperOptions dumper = dumperOptions();
        return new Yaml(new SafeConstructor(options), new PlainRepresenter(dumper), dumper, options);
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "YAML syntax error" : e.getProblem();
        if (problem.startsWith(GLOBAL_TAG)) {
            String tag = problem.substring(GLOBAL_TAG.length()).strip();
            return "tag '" + Shown.text(tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag)
                    + "' is not allowed: a report holds plain values only, and a tag naming a Java class is refused";
        }
        return Shown.escape(e.getContext() == null ? problem : problem + " (" + e.getContext() + ")");
    }

    static Position position(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static YamlDocument failed(String file, Position at, String message) {
        return new YamlDocument(file, null, List.of(Problem.error(file, at, message)));
    }

    /**
     * Plain Java values of a node: {@code LinkedHashMap<String,Object>}, {@code List<Object>}, String, Integer or
     * Long, Double, Boolean, {@code LocalDate} for ISO dates, null. Quoted scalars are always strings.
     */
    public static Object toPlain(YamlNode node) {
        if (node == null) {
            return null;
        }
        return switch (node.kind()) {
            case MAP -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (YamlNode.Entry e : node.entries()) {
                    map.putIfAbsent(e.key(), toPlain(e.value()));
                }
                yield map;
            }
            case SEQ -> {
                List<Object> list = new ArrayList<>(node.items().size());
                node.items().forEach(item -> list.add(toPlain(item)));
                yield list;
            }
            case SCALAR -> node.quoted() ? node.text() : PlainScalars.resolve(node.text());
        };
    }

    /**
     * YAML text (block style, dates as {@code yyyy-MM-dd}) of plain Java values: maps with String keys, lists,
     * strings, numbers, booleans, {@code LocalDate}, null. Anything else is an {@link IllegalArgumentException},
     * so no object graph can sneak into a document.
     */
    public static String dump(Object plain) {
        requirePlain(plain, "");
        return newYaml().dump(plain);
    }

    private static void requirePlain(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double || value instanceof LocalDate) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("dump takes String keys; found " + e.getKey() + " at '" + path + "'");
                }
                requirePlain(e.getValue(), path.isEmpty() ? key : path + "." + key);
            }
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                requirePlain(list.get(i), path + "[" + i + "]");
            }
            return;
        }
        throw new IllegalArgumentException("dump takes plain values only; found a " + value.getClass().getName()
                + (path.isEmpty() ? "" : " at '" + path + "'"));
    }

    private static DumperOptions dumperOptions() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        options.setWidth(120);
        return options;
    }

    /** Writes {@code LocalDate} as a plain ISO date, which reads back as the same date. */
    private static final class PlainRepresenter extends Representer {
        PlainRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(LocalDate.class, data -> representScalar(Tag.TIMESTAMP, data.toString()));
        }
    }
}
