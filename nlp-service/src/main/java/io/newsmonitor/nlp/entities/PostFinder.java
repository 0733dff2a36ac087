package io.newsmonitor.nlp.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the posts a text gives a person: the titles written directly before the name, as in
 * {@code 县委书记李余良} ([县委书记]) or {@code 市委副书记、市长何平} ([市委副书记, 市长]). A post is an optional
 * organisation prefix ({@code 县委}, {@code 市人大常委会}, {@code 区政协}, {@code 县政府} …) followed by a title
 * word from a dictionary ({@code 书记}, {@code 市长}, {@code 主任}, {@code 记者} …); names are never listed.
 *
 * <p>Posts are returned most specific first: those with an organisation prefix before bare titles, then
 * in order of first appearance; a bare title that another post ends with ({@code 书记} beside
 * {@code 县委书记}) is dropped as the same post written shorter.
 */
final class PostFinder {

    private static final String LEVEL = "(?:省|市|州|县|区|镇|乡|街道)";

    private static final String ORGANIZATION = LEVEL
            + "(?:委(?:宣传部|组织部|统战部|政法委)?|直工委|工委|纪委监委|纪委|监委|人大常委会|人大|政协|政府|人民政府|法院|检察院"
            + "|发改委|发展改革委|经济信息委|财政局|公安局|教育局|交通局|科技局|商务委|农业农村委)";

    private static final String TITLE = "总书记|副书记|书记|常委|副省长|省长|副市长|市长|副州长|州长|副县长|县长|副区长|区长"
            + "|副镇长|镇长|副乡长|乡长|副主任|主任|副主席|主席|秘书长|常务副部长|副部长|部长|副局长|局长|副厅长|厅长"
            + "|副院长|院长|检察长|副总经理|总经理|董事长|总裁|教授|记者|责任编辑|编辑|通讯员";

    private static final String POST = "(?:" + ORGANIZATION + ")?(?:" + TITLE + ")";

    /** A chain of posts ending where the name starts; an editor's colon may stand between. */
    private static final Pattern CHAIN = Pattern.compile("(" + POST + ")(?:、" + POST + ")*[:：]?$");

    private static final Pattern ONE_POST = Pattern.compile(POST);

    private static final Pattern HAS_ORGANIZATION = Pattern.compile("^" + ORGANIZATION);

    /** The last characters of the titles. */
    private static final String TITLE_ENDS = lastCharacters(TITLE);

    /** What {@code $} may stand before at the end of a text. */
    private static final String LINE_BREAKS = "\n\r\u0085\u2028\u2029";

    /** Longest chain looked at before a name, in characters. */
    private static final int WINDOW = 40;

    /**
     * Whether the text before the position ends as a chain does: with the last character of a title, perhaps
     * followed by a colon and a line break ({@code $} also matches before a final line break). Most occurrences of
     * a name fail this, and the chain need not be searched for.
     */
    private static boolean mayEndAPost(String text, int end) {
        int last = end - 1;
        if (last >= 0 && LINE_BREAKS.indexOf(text.charAt(last)) >= 0) {
            last -= last >= 1 && text.charAt(last) == '\n' && text.charAt(last - 1) == '\r' ? 2 : 1;
        }
        if (last >= 0 && (text.charAt(last) == ':' || text.charAt(last) == '：')) {
            last--;
        }
        return last >= 0 && TITLE_ENDS.indexOf(text.charAt(last)) >= 0;
    }

    List<String> find(String name, String text) {
        Set<String> posts = new LinkedHashSet<>();
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
            if (!mayEndAPost(text, i)) {
                continue;
            }
            Matcher chain = CHAIN.matcher(text.substring(Math.max(0, i - WINDOW), i));
            if (chain.find()) {
                Matcher post = ONE_POST.matcher(chain.group());
                while (post.find()) {
                    posts.add(post.group());
                }
            }
        }
        List<String> result = new ArrayList<>();
        for (String post : posts) {
            if (posts.stream().noneMatch(other -> other.length() > post.length() && other.endsWith(post))) {
                result.add(post);
            }
        }
        result.sort(Comparator.comparing((String post) -> !HAS_ORGANIZATION.matcher(post).find()));
        return result;
    }

    private static String lastCharacters(String words) {
        StringBuilder lasts = new StringBuilder();
        for (String word : words.split("\\|")) {
            lasts.append(word.charAt(word.length() - 1));
        }
        return lasts.toString();
    }
}
