package org.lapcheck.submission;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.lapcheck.model.Position;
import org.lapcheck.model.Problem;

/**
 * Input text is UTF-8, strictly: a stray Latin-1 byte is reported where it stands instead of becoming U+FFFD and
 * slipping into a name or a key.
 */
final class StrictUtf8 {

    /** The decoded text, or the problem at the first undecodable byte. */
    record Decoded(String text, Problem problem) {}

    private StrictUtf8() {}

    static Decoded decode(String file, byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            String before = new String(content, 0, offset, StandardCharsets.UTF_8);
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

    /** Line and column (1-based, counted in code points) of the code point at {@code index} in {@code text}. */
    static Position positionOfCodePoint(String text, int index) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < index; i += Character.charCount(text.codePointAt(i)), seen++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(line, column);
    }
}
