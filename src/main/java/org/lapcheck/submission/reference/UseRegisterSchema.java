package org.lapcheck.submission.reference;

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

    /** Read once, on first use. */
    private static final class Holder {
        static final String TEXT = org.lapcheck.submission.BundledText.read(UseRegisterSchema.class, RESOURCE);
    }
}
