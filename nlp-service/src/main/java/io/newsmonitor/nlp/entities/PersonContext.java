package io.newsmonitor.nlp.entities;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which names the recogniser returned, that no title or byline vouches for, the text really uses as
 * persons. A name needs evidence: the dictionary knows it as a person ({@code 习近平}); or it is followed, at
 * least once, by what follows a person in news text, a verb of saying or attending or a word such as
 * {@code 同志} or {@code 故里} ({@code 殷初阳等出席}, {@code 帅乡陈毅故里}); or it stands in a list next to a
 * name with evidence ({@code 县领导吴智明、王家术、…、殷初阳等出席}). Words the recogniser mistakes for names have
 * none: {@code 聚焦关键点、抓实着力点}, {@code 西部陆海新通道}, {@code 以艾比酷等为重点}.
 */
final class PersonContext {

    private static final String PERSON_FOLLOWS = "(?:说|表示|指出|强调|认为|介绍|告诉|称|坦言|透露|出席|主持|参加|讲话|致辞|发言"
            + "|在|等|同志|先生|女士|故里|故居|率队|带队|一行|回忆|说道|作|是|和|与|也|还|一直|曾|今年|当选|获得|被|把|带领"
            + "|来到|回到|正在|已经|又|就|便|都|告诉|笑着|坦言|感慨)";

    private static final Pattern FOLLOWS = Pattern.compile(PERSON_FOLLOWS);

    private PersonContext() {
    }

    /**
     * @param candidates recognised names with a plausible surname, not vouched for
     * @param known names that need no further evidence (vouched for, or persons in the dictionary)
     * @return the candidates with evidence
     */
    static Set<String> supported(Set<String> candidates, Set<String> known, String text) {
        Set<String> accepted = new LinkedHashSet<>();
        Matcher follows = FOLLOWS.matcher(text);
        for (String name : candidates) {
            if (known.contains(name) || followedAsAPerson(name, text, follows)) {
                accepted.add(name);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String name : candidates) {
                if (!accepted.contains(name) && listedWithAny(name, accepted, known, text)) {
                    accepted.add(name);
                    changed = true;
                }
            }
        }
        return accepted;
    }

    /**
     * Whether an occurrence of the name is followed by a word of {@link #PERSON_FOLLOWS}: what the expression name +
     * words finds, looked for after each occurrence with one matcher instead of an expression compiled per name.
     */
    private static boolean followedAsAPerson(String name, String text, Matcher follows) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (follows.region(at + name.length(), text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean listedWithAny(String name, Set<String> accepted, Set<String> known, String text) {
        Set<String> others = new LinkedHashSet<>(accepted);
        others.addAll(known);
        for (String other : others) {
            if (!other.equals(name) && (text.contains(name + "、" + other) || text.contains(other + "、" + name))) {
                return true;
            }
        }
        return false;
    }
}
