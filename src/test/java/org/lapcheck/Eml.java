package org.lapcheck;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** A composed message of the outbox, read back as a mail client would: its plain-text part, decoded. */
public final class Eml {

    private Eml() {}

    public static String plainText(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return plainPart(new MimeMessage(Session.getInstance(new Properties()), in).getContent());
        }
    }

    private static String plainPart(Object content) throws Exception {
        if (content instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart part = mp.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
                if (part.getContent() instanceof Multipart) {
                    String inner = plainPart(part.getContent());
                    if (inner != null) {
                        return inner;
                    }
                }
            }
            return null;
        }
        return String.valueOf(content);
    }
}
