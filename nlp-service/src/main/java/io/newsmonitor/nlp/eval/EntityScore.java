package io.newsmonitor.nlp.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Precision, recall and F1 of one entity kind against the gold set, micro-averaged over articles. A
 * predicted name is correct if it is one of a gold entity's surface forms; names the gold ignores are neither
 * rewarded nor penalised; gold entities that occur only in removed page furniture are left out of recall
 * (and listed apart) because no entity stage sees that text.
 */
public final class EntityScore {

    private int correct;
    private int predicted;
    private int goldFound;
    private int goldTotal;
    private final List<String> falsePositives = new ArrayList<>();
    private final List<String> misses = new ArrayList<>();
    private final List<String> furnitureMisses = new ArrayList<>();

    /**
     * Adds one article.
     *
     * @param article a label for the lists of errors, e.g. {@code 003}
     * @param gold the gold entities of this kind, each its accepted surface forms
     * @param ignored names neither rewarded nor penalised
     * @param furnitureOnly canonical names of gold entities that only removed furniture contains
     * @param names the distinct names the pipeline returned
     */
    public void add(String article, List<List<String>> gold, Set<String> ignored, Set<String> furnitureOnly,
            List<String> names) {
        boolean[] found = new boolean[gold.size()];
        for (String name : names) {
            int match = indexOf(gold, name);
            if (match >= 0) {
                correct++;
                predicted++;
                found[match] = true;
            } else if (!ignored.contains(name)) {
                predicted++;
                falsePositives.add(article + " " + name);
            }
        }
        for (int i = 0; i < found.length; i++) {
            String canonical = gold.get(i).get(0);
            if (!found[i] && furnitureOnly.contains(canonical)) {
                furnitureMisses.add(article + " " + canonical);
                continue;
            }
            goldTotal++;
            if (found[i]) {
                goldFound++;
            } else {
                misses.add(article + " " + canonical);
            }
        }
    }

    private static int indexOf(List<List<String>> gold, String name) {
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).contains(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Predicted names that match a gold entity / predicted names not ignored. */
    public String precisionCounts() {
        return correct + "/" + predicted;
    }

    /** Gold entities found / gold entities scored. */
    public String recallCounts() {
        return goldFound + "/" + goldTotal;
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return goldTotal == 0 ? 0 : (double) goldFound / goldTotal;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Predicted names that match no gold entity, as {@code "<article> <name>"}. */
    public List<String> falsePositives() {
        return List.copyOf(falsePositives);
    }

    /** Gold entities not found, as {@code "<article> <canonical name>"}. */
    public List<String> misses() {
        return List.copyOf(misses);
    }

    /** Gold entities not found that only removed page furniture names; not counted in recall. */
    public List<String> furnitureMisses() {
        return List.copyOf(furnitureMisses);
    }

    @Override
    public String toString() {
        return String.format("P %.2f (%s)  R %.2f (%s)  F1 %.2f", precision(), precisionCounts(), recall(),
                recallCounts(), f1());
    }
}
