package io.newsmonitor.ingest.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsmonitor.ingest.read.ArticleRejectedException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JSON articles: one object {@code {"text": …, "title", "url", "publishedAt", "source"}} with
 * {@code text} required and the others optional strings, or JSON Lines, one such object per line.
 * A single bad line rejects the whole input, so that a file is either published completely or not at all.
 */
final class JsonFormat {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String SHAPE = "one JSON object with a string field \"text\" (and optional \"title\", \"url\", "
            + "\"publishedAt\", \"source\"), or one such object per line";

    private JsonFormat() {
    }

    /** @param linesOnly true for {@code .jsonl}: every non-blank line is an object, even if there is only one */
    static List<ReadArticle> parse(String fileName, String json, boolean linesOnly) throws ArticleRejectedException {
        if (!linesOnly) {
            JsonNode whole;
            try {
                whole = MAPPER.readTree(json);
            } catch (JsonProcessingException e) {
                if (!looksLikeJsonLines(json)) {
                    throw invalid(fileName, fileName, "is not valid JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage());
                }
                whole = null;
            }
            if (whole != null) {
                return List.of(article(fileName, fileName, whole));
            }
        }
        List<ReadArticle> articles = new ArrayList<>();
        List<String> lines = json.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String label = fileName + " line " + (i + 1);
            try {
                articles.add(article(fileName, label, MAPPER.readTree(lines.get(i))));
            } catch (JsonProcessingException e) {
                throw invalid(fileName, label, "is not valid JSON: " + e.getOriginalMessage());
            }
        }
        return articles;
    }

    private static boolean looksLikeJsonLines(String json) {
        List<String> lines = json.lines().filter(line -> !line.isBlank()).toList();
        if (lines.size() < 2) {
            return false;
        }
        try {
            return MAPPER.readTree(lines.get(0)).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static ReadArticle article(String fileName, String label, JsonNode node) throws ArticleRejectedException {
        if (!node.isObject()) {
            throw invalid(fileName, label, "is " + describe(node) + ", not a JSON object");
        }
        String text = string(fileName, label, node, "text");
        if (text == null || text.isBlank()) {
            throw invalid(fileName, label, text == null ? "has no field \"text\"" : "has a blank \"text\"");
        }
        return new ReadArticle(text, string(fileName, label, node, "title"),
                string(fileName, label, node, "publishedAt"), string(fileName, label, node, "url"),
                string(fileName, label, node, "source"));
    }

    private static String string(String fileName, String label, JsonNode node, String field) throws ArticleRejectedException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw invalid(fileName, label, "has a field \"" + field + "\" that must be a string, but it is " + describe(value)
                    + " (" + value + ")");
        }
        return value.textValue();
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            default -> "null";
        };
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : String.format(Locale.ROOT, " at line %d, column %d", location.getLineNr(), location.getColumnNr());
    }

    private static ArticleRejectedException invalid(String fileName, String label, String problem) {
        return new ArticleRejectedException(Reason.INVALID_CONTENT, fileName, label + " " + problem + ". Ingest reads "
                + SHAPE + ". Fix it and submit the whole file again; nothing from it was published.");
    }
}
