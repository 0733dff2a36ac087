package io.newsmonitor.nlp.keywords;

import com.hankcs.hanlp.seg.common.Term;
import io.newsmonitor.nlp.segment.SegmentedText;
import io.newsmonitor.nlp.text.CommonHan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the candidate keywords of a segmented text: nouns of two characters or more, noun compounds
 * of two to four adjacent terms ({@code 铝基新材料}, {@code 产业集群}, {@code 重大项目}) and quoted terms
 * ({@code “六大突破”}: writers quote what they stress). Stop-words are never candidates and break
 * compounds. A compound is never cut inside a chain of single characters (no 基新材料 from
 * 铝/基/新材料, no 中国绿色 from 中国/绿色/铝/都). The same counting builds the background document
 * frequencies, so that both sides see the same candidates.
 */
public final class KeywordCandidates {

    /** A candidate with its number of occurrences, and whether it is a compound or quoted term. */
    public record Count(String text, int count, boolean phrase) {
    }

    private static final Pattern QUOTED = Pattern.compile("[“\"]([\\p{IsHan}]{3,8})[”\"]");

    private static final int MIN_PHRASE_CHARS = 4;
    private static final int MAX_PHRASE_CHARS = 10;
    private static final int MAX_PHRASE_TERMS = 4;

    private final StopWords stopWords;

    public KeywordCandidates(StopWords stopWords) {
        this.stopWords = stopWords;
    }

    public Map<String, Count> count(SegmentedText text) {
        Map<String, Count> counts = new HashMap<>();
        for (SegmentedText.Sentence sentence : text.sentences()) {
            List<Term> terms = sentence.terms();
            int runStart = 0;
            for (int i = 0; i <= terms.size(); i++) {
                if (i == terms.size() || !isNounLike(terms.get(i))) {
                    addRun(terms.subList(runStart, i), counts);
                    runStart = i + 1;
                }
            }
            if (sentence.text().indexOf('“') < 0 && sentence.text().indexOf('"') < 0) {
                continue; // no quotation mark, no quoted term: most sentences, passed over without the expression
            }
            Matcher quoted = QUOTED.matcher(sentence.text());
            while (quoted.find()) {
                if (!stopWords.contains(quoted.group(1))) {
                    add(quoted.group(1), true, counts);
                }
            }
        }
        return counts;
    }

    private void addRun(List<Term> run, Map<String, Count> counts) {
        for (int start = 0; start < run.size(); start++) {
            Term first = run.get(start);
            if (first.word.length() >= 2 && isTopicNoun(first)) {
                add(first.word, false, counts);
            }
            if (first.word.length() == 1 && !startsACompound(run, start)) {
                continue; // a single character belongs to its neighbour: 涪陵/区, 建/强/平台载体
            }
            StringBuilder phrase = new StringBuilder(first.word);
            for (int end = start + 1; end < run.size() && end - start < MAX_PHRASE_TERMS; end++) {
                Term last = run.get(end);
                phrase.append(last.word);
                boolean cutsAChain = end + 1 < run.size() && run.get(end + 1).word.length() == 1;
                if (last.word.length() >= 2 && isTopicNoun(last) && !cutsAChain && phrase.length() >= MIN_PHRASE_CHARS
                        && phrase.length() <= MAX_PHRASE_CHARS) {
                    add(phrase.toString(), true, counts);
                }
            }
        }
    }

    /** A chain of single characters (铝/基/新材料) or an abbreviation (渝/b 东新城, 川/j 陕甘) starts a compound. */
    private static boolean startsACompound(List<Term> run, int start) {
        String nature = run.get(start).nature.toString();
        boolean chain = start + 1 < run.size() && run.get(start + 1).word.length() == 1;
        return chain || nature.equals("b") || nature.equals("j");
    }

    private static void add(String candidate, boolean phrase, Map<String, Count> counts) {
        if (!isWord(candidate)) {
            return;
        }
        counts.merge(candidate, new Count(candidate, 1, phrase),
                (old, one) -> new Count(candidate, old.count() + 1, old.phrase() || phrase));
    }

    /** Han characters, Latin letters and digits, starting with a character or a letter: no punctuation, no figure. */
    private static boolean isWord(String candidate) {
        for (int i = 0; i < candidate.length(); ) {
            int c = candidate.codePointAt(i);
            boolean letter = CommonHan.is(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || c < 0x80 && Character.isLetter(c);
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
            i += Character.charCount(c);
        }
        return !candidate.isEmpty();
    }

    /**
     * Nouns (names too: HanLP tags 成渝 in 成渝地区 as a person), noun-like verbs, distinguishing words and
     * adjectives can make up a compound; titles (负责人) cannot.
     */
    private boolean isNounLike(Term term) {
        if (term.nature == null) {
            return false;
        }
        String nature = term.nature.toString();
        boolean nounLike = nature.startsWith("n") && !nature.startsWith("nnt")
                || nature.startsWith("g") || nature.equals("vn") || nature.equals("b") || nature.equals("a");
        // The part of speech first: it rules out most words (particles, verbs, punctuation) without a lookup.
        return nounLike && !stopWords.contains(term.word);
    }

    /** A single word is a keyword only when it is a noun: not a person (persons have their own field), not a title. */
    private static boolean isTopicNoun(Term term) {
        String nature = term.nature.toString();
        return nature.startsWith("n") && !nature.startsWith("nr") && !nature.startsWith("nnt")
                || nature.startsWith("g") || nature.equals("vn");
    }
}
