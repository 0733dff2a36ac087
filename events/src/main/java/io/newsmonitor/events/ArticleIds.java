package io.newsmonitor.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Article ids: the lowercase hex SHA-256 of the article text in UTF-8. */
public final class ArticleIds {

    private ArticleIds() {
    }

    public static String of(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM offers no SHA-256, which every Java runtime must have", e);
        }
    }

    /** True if the value looks like an id made by {@link #of(String)}. */
    public static boolean isValid(String id) {
        return id != null && id.matches("[0-9a-f]{64}");
    }
}
