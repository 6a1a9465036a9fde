package org.lapcheck.submission.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the register of instances of use ({@code use-register.yaml}), for editors
 * ({@code ./lap schema --use-register}). Unlike the self-report's it closes every object: the loader refuses
 * unknown keys in reference data. A test keeps it equal to {@link ReferenceFormats#USE_REGISTER}.
 */
public final class UseRegisterSchema {

    static final String RESOURCE = "lapcheck-use-register-1.schema.json";

    private UseRegisterSchema() {}

    public static String text() {
        return Holder.TEXT;
    }

    private static final class Holder {
        static final String TEXT = read();

        private static String read() {
            try (InputStream in = UseRegisterSchema.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks " + RESOURCE + " beside " + UseRegisterSchema.class.getName());
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
