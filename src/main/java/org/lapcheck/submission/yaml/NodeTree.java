package org.lapcheck.submission.yaml;

import org.lapcheck.submission.Shown;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lapcheck.model.Position;
import org.lapcheck.model.Problem;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns SnakeYAML's composed nodes into {@link YamlNode}s, checking what composing lets through: duplicate keys,
 * keys that are not text, merge keys, tags outside the YAML core schema (e.g. {@code !!java.io.File}) and
 * collections that contain themselves through an alias.
 */
public final class NodeTree {

    /** Enough for any real input; stops alias chains that would copy a large list many times over. */
    public static final int MAX_NODES = 500_000;
    private static final Set<Tag> CORE_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP,
            Tag.MAP, Tag.SEQ);
    private static final Resolver RESOLVER = new Resolver();

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private int nodes;
    private boolean tooLarge;
    private boolean refused;

    NodeTree(String file) {
        this.file = file;
    }

    List<Problem> problems() {
        return problems;
    }

    /**
     * True when the document is refused as a whole: it expanded past {@link #MAX_NODES} or contains itself, so what
     * was converted is a stub, and checking it would only add follow-on errors.
     */
    boolean refused() {
        return tooLarge || refused;
    }

    YamlNode convert(Node node) {
        Position at = SafeYaml.position(node.getStartMark());
        if (++nodes > MAX_NODES) {
            if (!tooLarge) {
                tooLarge = true;
                problems.add(Problem.error(file, at, "the document expands to more than " + MAX_NODES
                        + " values (through aliases?); refused"));
            }
            return YamlNode.nullAt(at);
        }
        if (!CORE_TAGS.contains(node.getTag())) {
            problems.add(Problem.error(file, at, "tag '" + shortTag(node.getTag()) + "' is not allowed; "
                    + "only plain YAML values (text, numbers, booleans, dates, lists, mappings)"));
            return YamlNode.nullAt(at);
        }
        if (!open.add(node)) {
            problems.add(Problem.error(file, at, "this alias makes a value contain itself; refused"));
            refused = true;
            return YamlNode.nullAt(at);
        }
        try {
            return switch (node.getNodeId()) {
                case scalar -> scalar((ScalarNode) node, at);
                case sequence -> sequence((SequenceNode) node, at);
                case mapping -> mapping((MappingNode) node, at);
                default -> YamlNode.nullAt(at); // anchors are resolved by the composer; no other kind exists
            };
        } finally {
            open.remove(node);
        }
    }

    private static YamlNode scalar(ScalarNode node, Position at) {
        String value = node.getValue();
        // an explicit !!str on a plain scalar: the resolver would have given another tag
        boolean taggedText = node.getTag().equals(Tag.STR)
                && !RESOLVER.resolve(NodeId.scalar, value, true).equals(Tag.STR);
        return YamlNode.scalar(at, value, !node.isPlain() || taggedText);
    }

    private YamlNode sequence(SequenceNode node, Position at) {
        List<YamlNode> items = new ArrayList<>(node.getValue().size());
        for (Node item : node.getValue()) {
            items.add(convert(item));
        }
        return YamlNode.seq(at, items);
    }

    private YamlNode mapping(MappingNode node, Position at) {
        List<YamlNode.Entry> entries = new ArrayList<>(node.getValue().size());
        Map<String, Position> seen = new HashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Position keyAt = SafeYaml.position(keyNode.getStartMark());
            if (keyNode.getTag().equals(Tag.MERGE)) {
                problems.add(Problem.error(file, keyAt, "merge keys ('<<') are not supported; write the keys out"));
                continue;
            }
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                problems.add(Problem.error(file, keyAt, "a key must be text, not a " + (keyNode.getNodeId() == NodeId.mapping
                        ? "mapping" : "list")));
                continue;
            }
            if (!CORE_TAGS.contains(keyNode.getTag())) {
                problems.add(Problem.error(file, keyAt, "tag '" + shortTag(keyNode.getTag()) + "' is not allowed on a key"));
                continue;
            }
            String key = scalarKey.getValue();
            Position first = seen.putIfAbsent(key, keyAt);
            if (first != null) {
                problems.add(Problem.error(file, keyAt, "duplicate key '" + Shown.text(key) + "' (first at line " + first.line()
                        + ", column " + first.column() + ")"));
                continue;
            }
            entries.add(new YamlNode.Entry(key, keyAt, convert(tuple.getValueNode())));
        }
        return YamlNode.map(at, entries);
    }

    private static String shortTag(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }
}
