package io.newsmonitor.nlp.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Picks the division a name means. A name with one candidate is that candidate. A name several
 * divisions share (朝天, 江北) is resolved from the divisions the article is known to name: first the
 * candidate whose city or province is named (朝天 next to 广元 → 广元市朝天区), then the candidate in the
 * province of a named division. Otherwise the name stays unresolved: a wrong pin on the map is worse
 * than none.
 */
final class DivisionChooser {

    private final DivisionCatalog catalog;

    DivisionChooser(DivisionCatalog catalog) {
        this.catalog = catalog;
    }

    /** The divisions among the names that have exactly one candidate. */
    List<Division> unambiguous(Collection<String> names) {
        List<Division> divisions = new ArrayList<>();
        for (String name : names) {
            List<Division> candidates = catalog.byName(name);
            if (candidates.size() == 1) {
                divisions.add(candidates.get(0));
            }
        }
        return divisions;
    }

    /** The division the name means, given divisions the article names; null if none or still ambiguous. */
    Division choose(String name, Collection<Division> context) {
        List<Division> candidates = catalog.byName(name);
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        Division withParentNamed = only(candidates, c -> context.stream()
                .anyMatch(k -> !k.code().equals(c.code())
                        && (k.code().equals(c.cityCode()) || k.code().equals(c.provinceCode()))));
        if (withParentNamed != null) {
            return withParentNamed;
        }
        return only(candidates, c -> context.stream().anyMatch(k -> k.provinceCode().equals(c.provinceCode())));
    }

    private static Division only(List<Division> candidates, Predicate<Division> test) {
        Division found = null;
        for (Division candidate : candidates) {
            if (test.test(candidate)) {
                if (found != null) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }
}
