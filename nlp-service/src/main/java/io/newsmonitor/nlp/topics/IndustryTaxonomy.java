package io.newsmonitor.nlp.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reviewed industry taxonomy: each industry with the general terms that mention it. Loaded from
 * {@code topics/industries.tsv} on the classpath (one industry per line: name, tab, comma-separated terms;
 * {@code #} starts a comment). The name itself is always one of its terms.
 */
public final class IndustryTaxonomy {

    public static final String RESOURCE = "topics/industries.tsv";

    /** The pseudo-industry of department names (农业农村局): matched, so their parts are not counted, never reported. */
    public static final String IGNORED = "-";

    private final Map<String, Set<String>> termsByIndustry;

    public IndustryTaxonomy(Map<String, ? extends Iterable<String>> termsByIndustry) {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        Map<String, String> industryOfTerm = new LinkedHashMap<>();
        termsByIndustry.forEach((industry, terms) -> {
            Set<String> all = new LinkedHashSet<>();
            if (!industry.equals(IGNORED)) {
                all.add(industry);
            }
            terms.forEach(term -> all.add(term.strip()));
            all.removeIf(String::isEmpty);
            for (String term : all) {
                String other = industryOfTerm.putIfAbsent(term, industry);
                if (other != null && !other.equals(industry)) {
                    throw new IllegalArgumentException("The term " + term + " belongs to both " + other + " and "
                            + industry + "; give each term to one industry");
                }
            }
            copy.put(industry, Collections.unmodifiableSet(all));
        });
        this.termsByIndustry = Collections.unmodifiableMap(copy);
    }

    /** The taxonomy shipped with the service. */
    public static IndustryTaxonomy load() {
        try (InputStream in = IndustryTaxonomy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The industry taxonomy " + RESOURCE + " is not on the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the industry taxonomy " + RESOURCE, e);
        }
    }

    static IndustryTaxonomy parse(List<String> lines) {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = lines.get(i).split("\t");
            if (fields.length != 2 || fields[0].isBlank()) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1)
                        + " is not 'industry<TAB>term,term,…': " + line);
            }
            terms.put(fields[0].strip(), List.of(fields[1].split(",")));
        }
        return new IndustryTaxonomy(terms);
    }

    /** Industry name → its terms, in file order. */
    public Map<String, Set<String>> termsByIndustry() {
        return termsByIndustry;
    }
}
