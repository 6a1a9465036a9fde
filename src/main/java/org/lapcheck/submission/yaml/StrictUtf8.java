package org.lapcheck.submission.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.lapcheck.model.Position;
import org.lapcheck.model.Problem;

/**
 * Input text is UTF-8, strictly: a stray Latin-1 byte is reported where it stands instead of becoming U+FFFD and
 * slipping into a name or a key.
 */
public final class StrictUtf8 {

    /** The decoded text, or the problem at the first undecodable byte. */
    public record Decoded(String text, Problem problem) {}

    private StrictUtf8() {}

    public static Decoded decode(String file, byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            String before = new String(content, 0, offset, StandardCharsets.UTF_8);
            // a BOM takes no column in an editor, and the parser never sees it
            before = before.startsWith("\uFEFF") ? before.substring(1) : before;
            Position at = positionOfCodePoint(before, before.codePointCount(0, before.length()));
            return new Decoded(null, Problem.error(file, at, "invalid UTF-8 (byte 0x"
                    + String.format("%02X", content[offset] & 0xFF) + " at offset " + offset + "); save the file as UTF-8"));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        // a byte order mark is harmless; editors on Windows add it
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
    }

    /**
     * Line and column (1-based, counted in code points) of the code point at {@code index} in {@code text}, with
     * lines ended as the YAML parser ends them: CR, LF and CRLF are each one line end (a CR-only file from an old
     * Mac editor is as many lines as it shows). NEL, LS and PS end lines for SnakeYAML but not for most editors;
     * {@link SafeYaml} refuses them, so in any text it reads further the two counts agree.
     */
    static Position positionOfCodePoint(String text, int index) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < index; i += Character.charCount(text.codePointAt(i)), seen++) {
            if (endsLine(text, i)) {
                line++;
                column = 1;
            } else if (text.charAt(i) != '\r') {
                column++;
            }
        }
        return new Position(line, column);
    }

    /** A code point and where it stands. */
    record Located(int codePoint, Position at) {}

    /** Every code point {@code wanted} accepts, with its place, in one pass (a file may hold a million of them). */
    static List<Located> find(String text, IntPredicate wanted) {
        List<Located> found = new ArrayList<>();
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (wanted.test(c)) {
                found.add(new Located(c, new Position(line, column)));
            }
            if (endsLine(text, i)) {
                line++;
                column = 1;
            } else if (text.charAt(i) != '\r') {
                column++;
            }
        }
        return found;
    }

    /** An LF, or a CR not followed by an LF (in CRLF the LF ends the line). */
    private static boolean endsLine(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
    }
}
