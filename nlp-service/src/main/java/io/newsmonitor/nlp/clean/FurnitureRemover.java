package io.newsmonitor.nlp.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes page furniture from a Simplified text, line by line: breadcrumbs ({@code 当前位置:首页 > …}),
 * contact lines (联系人, 邮箱, 邮政编码, 网址, 地址, 电话 …) with their short continuation lines,
 * copyright and reprint notices, ICP licence numbers, previous/next links, comment widgets, and a line
 * repeating the line before it (a photo caption printed twice).
 * Paragraphs are kept with one blank line at most between them, so the body keeps its shape; each
 * line is trimmed of the indentation (spaces, U+3000, no-break spaces) pages put before paragraphs.
 *
 * <p>It runs after conversion to Simplified so that every rule is written once.
 */
public final class FurnitureRemover {

    private static final Pattern BREADCRUMB = Pattern.compile("^\\s*(当前位置\\s*[:：]\\s*)?首页\\s*[>＞»]");

    private static final Pattern CONTACT = Pattern.compile(
            "^\\s*(投稿及商务合作电话|投稿邮箱|联系人|联系方式|联系电话|邮箱|电子邮箱|邮政编码|邮编|网址|地址|电话|传真)"
                    + "\\s*[:：]?");

    private static final Pattern NOTICE = Pattern.compile(
            "Copyright|©|版权所有|版权与免责声明|未经授权|未经本网授权|严禁转载|不得转载|ICP备|ICP证|网安备"
                    + "|^\\s*[①②③④⑤]");

    private static final Pattern NAVIGATION = Pattern.compile("^\\s*(上一篇|下一篇|相关新闻|相关阅读|返回顶部)\\s*[:：]?");

    private static final Pattern COMMENTS = Pattern.compile("^\\s*(网友评论|全部评论|我要评论|发表评论|评论\\s*\\d*\\s*$)");

    /** A contact block sometimes wraps: {@code 地址:巴中市江北大道西段凯悦} then {@code 名城9栋12楼}. */
    private static final int MAX_CONTINUATION_CHARS = 12;

    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。！？!?，,;；]");

    public String remove(String text) {
        return remove(text, new Removals());
    }

    /**
     * Removes the furniture and records each removed line (stripped) under its category:
     * {@code breadcrumb}, {@code contact}, {@code copyright}, {@code navigation}, {@code comments}, or
     * {@code duplicate} for a line that repeats the one before it (pages print photo captions twice).
     */
    public String remove(String text, Removals removed) {
        String[] lines = text.split("\n", -1);
        List<String> kept = new ArrayList<>(lines.length);
        boolean afterContact = false;
        String previous = "";
        for (String line : lines) {
            String category = category(line);
            if (category != null) {
                afterContact = category.equals("contact");
                removed.add(category, line.strip());
                continue;
            }
            if (afterContact && isContinuation(line)) {
                removed.add("contact", line.strip());
                continue;
            }
            afterContact = false;
            String trimmed = line.replace('\u00A0', ' ').strip();
            if (!trimmed.isEmpty() && trimmed.equals(previous)) {
                removed.add("duplicate", trimmed);
                continue;
            }
            if (!trimmed.isEmpty()) {
                previous = trimmed;
            }
            boolean secondBlank = trimmed.isEmpty() && !kept.isEmpty() && kept.get(kept.size() - 1).isEmpty();
            if (!secondBlank) {
                kept.add(trimmed);
            }
        }
        return String.join("\n", kept).strip();
    }

    /** The furniture category of a line, or null when it is text. */
    private static String category(String line) {
        if (BREADCRUMB.matcher(line).find()) {
            return "breadcrumb";
        }
        if (NOTICE.matcher(line).find()) {
            return "copyright";
        }
        if (CONTACT.matcher(line).find()) {
            return "contact";
        }
        if (NAVIGATION.matcher(line).find()) {
            return "navigation";
        }
        return COMMENTS.matcher(line).find() ? "comments" : null;
    }

    private static boolean isContinuation(String line) {
        String trimmed = line.strip();
        return !trimmed.isEmpty()
                && trimmed.length() <= MAX_CONTINUATION_CHARS
                && !SENTENCE_PUNCTUATION.matcher(trimmed).find();
    }
}
