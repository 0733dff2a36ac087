package io.newsmonitor.nlp.entities;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.PlaceMention;
import io.newsmonitor.nlp.places.DivisionCatalog;
import io.newsmonitor.nlp.places.DivisionScan;
import io.newsmonitor.nlp.places.PlaceResolver;
import io.newsmonitor.nlp.segment.SegmentedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Finds the persons, places and organisations a clean Simplified text names, with HanLP.
 *
 * <p>The text is segmented sentence by sentence ({@link SegmentedText}, shared with keywords and summary),
 * because a name after a line break is otherwise split ({@code 李/ng 余良/nr}). Persons and places come from
 * its words (name recognition on, place recognition off: the place recogniser adds more junk than places on
 * our gold set), plus regions
 * and ports the segmenter misses ({@link PlacesBeyondDivisions}). A person is a name that titles and bylines
 * vouch for ({@link PersonEvidence}) or a recognised name with a plausible surname and evidence in the text
 * ({@link PersonContext}); fragments of longer names and county names tagged as persons are fixed or dropped.
 * Organisations come from {@link OrganizationMerger}: the segmenter's organisation words filtered hard, producers
 * ({@code 通威年产…}), names found by pattern and government bodies named with their place, each with its kind.
 * Mentions are counted as occurrences in the text; each person carries the posts written before the name
 * ({@link PostFinder}).
 */
public final class EntityExtractor {

    /** The word that follows a producer's name in 通威年产40万吨. */
    private static final String OUTPUT = "年产";

    /** Words after a producer and its product: 嘉宝瑞调味品生产线. */
    private static final Set<String> PRODUCTION = Set.of("生产线", "生产基地");

    private final PersonEvidence evidence = new PersonEvidence();

    private final PostFinder posts = new PostFinder();

    private final PlaceResolver resolver = new PlaceResolver();

    private final PlacesBeyondDivisions beyondDivisions = new PlacesBeyondDivisions(DivisionCatalog.shared());

    private final OrganizationMerger organizationMerger = new OrganizationMerger(DivisionCatalog.shared());

    /** Segments the text and extracts its entities; the pipeline passes its shared segmentation instead. */
    public Entities extract(String text) {
        return extract(text, SegmentedText.of(text));
    }

    /**
     * @param text the clean text
     * @param segmented the same text, segmented once for all stages
     */
    public Entities extract(String text, SegmentedText segmented) {
        return extract(segmented, resolver.scan(text));
    }

    /**
     * @param segmented the clean text, segmented once for all stages
     * @param divisions the same text with its division names, scanned once for this stage and the places stage
     */
    public Entities extract(SegmentedText segmented, DivisionScan divisions) {
        String text = divisions.text();
        Set<String> personCandidates = new LinkedHashSet<>();
        Set<String> placeCandidates = new LinkedHashSet<>();
        Set<String> organizationCandidates = new LinkedHashSet<>();
        Set<String> producers = new LinkedHashSet<>();
        for (SegmentedText.Sentence sentence : segmented.sentences()) {
            List<Term> terms = sentence.terms();
            producers.addAll(producers(terms));
            for (Term term : terms) {
                String nature = term.nature.toString();
                if (nature.startsWith("nr")) {
                    personCandidates.add(term.word);
                } else if (nature.startsWith("ns")) {
                    placeCandidates.add(term.word);
                }
            }
            organizationCandidates.addAll(sentence.organizations());
        }
        placeCandidates.addAll(beyondDivisions.find(text));
        Set<String> vouched = evidence.find(text);
        Set<String> persons = persons(personCandidates, vouched, placeCandidates, text);
        persons.removeAll(producers);
        List<PlaceMention> places = sorted(places(placeCandidates, text), PlaceMention::unresolved);
        List<OrganizationMention> organizations =
                organizationMerger.merge(organizationCandidates, producers, resolver.resolve(places, divisions), text);
        return new Entities(
                sorted(count(persons, text), (name, n) -> new PersonMention(name, n, posts.find(name, text))),
                OrganizationMerger.withoutPartsOfNames(places, organizations, text),
                organizations);
    }

    /**
     * Names written as a producer: before an output figure ({@code 通威年产40万吨}) or before a product and its
     * production line ({@code 嘉宝瑞调味品生产线}).
     */
    private static Set<String> producers(List<Term> terms) {
        Set<String> producers = new LinkedHashSet<>();
        for (int i = 1; i < terms.size(); i++) {
            String word = terms.get(i).word;
            if (word.startsWith(OUTPUT) && isProperNoun(terms.get(i - 1))) {
                producers.add(terms.get(i - 1).word);
            } else if (PRODUCTION.contains(word) && i >= 2 && terms.get(i - 1).nature.toString().startsWith("n")
                    && isProperNoun(terms.get(i - 2))) {
                producers.add(terms.get(i - 2).word);
            }
        }
        return producers;
    }

    /** A name the segmenter tagged as a person, brand or organisation, written before an output figure. */
    private static boolean isProperNoun(Term term) {
        String nature = term.nature.toString();
        return term.word.length() >= 2 && (nature.startsWith("nr") || nature.startsWith("nz") || nature.startsWith("nt"));
    }

    /** Moves county names tagged as persons into {@code places} and returns the accepted persons. */
    private static Set<String> persons(Set<String> recognised, Set<String> vouched, Set<String> places, String text) {
        Set<String> candidates = new LinkedHashSet<>();
        Set<String> known = new LinkedHashSet<>(vouched);
        for (String name : recognised) {
            if (!JunkNames.isPlausiblePerson(name)) {
                continue;
            }
            if (PlaceNames.writtenAsDivision(name, text)) {
                places.add(name);
            } else if (isKnownPerson(name)) {
                known.add(name);
            } else if (Surnames.plausible(name)) {
                candidates.add(name);
            }
        }
        Set<String> accepted = new LinkedHashSet<>(known);
        accepted.addAll(PersonContext.supported(candidates, known, text));
        accepted.removeIf(name -> !vouched.contains(name) && isFragment(name, accepted, vouched));
        return accepted;
    }

    /** 晓莉 next to 杜晓莉, or 朱冬李 next to the vouched 朱冬: one of the two is a mis-segmentation. */
    private static boolean isFragment(String name, Set<String> accepted, Set<String> vouched) {
        for (String other : accepted) {
            if (!other.equals(name) && other.contains(name)) {
                return true;
            }
        }
        for (String other : vouched) {
            if (!other.equals(name) && name.contains(other)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKnownPerson(String name) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(name);
        return attribute != null && attribute.hasNature(Nature.nr);
    }

    /** Counts places, merging a short form into the division it abbreviates (苍溪 into 苍溪县). */
    private static Map<String, Integer> places(Set<String> candidates, String text) {
        Set<String> plausible = new LinkedHashSet<>();
        for (String name : candidates) {
            if (PlaceNames.plausible(name)) {
                plausible.add(name);
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name : plausible) {
            String longForm = longestDivisionForm(name, plausible);
            if (longForm.equals(name) && hasShortForm(name, plausible)) {
                continue; // counted with its short form, which also matches inside it
            }
            counts.merge(longForm, occurrences(name, text), Math::max);
        }
        return counts;
    }

    private static String longestDivisionForm(String name, Set<String> names) {
        for (int i = 0; i < PlaceNames.DIVISION_SUFFIXES.length(); i++) {
            String longer = name + PlaceNames.DIVISION_SUFFIXES.charAt(i);
            if (names.contains(longer)) {
                return longer;
            }
        }
        return name;
    }

    private static boolean hasShortForm(String name, Set<String> names) {
        return PlaceNames.hasDivisionSuffix(name) && names.contains(name.substring(0, name.length() - 1));
    }

    private static Map<String, Integer> count(Set<String> names, String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name : names) {
            counts.put(name, Math.max(1, occurrences(name, text)));
        }
        return counts;
    }

    static int occurrences(String name, String text) {
        int count = 0;
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
            count++;
        }
        return count;
    }

    private static <T> List<T> sorted(Map<String, Integer> counts, BiFunction<String, Integer, T> mention) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<T> mentions = new ArrayList<>(entries.size());
        for (Map.Entry<String, Integer> entry : entries) {
            mentions.add(mention.apply(entry.getKey(), entry.getValue()));
        }
        return mentions;
    }
}
