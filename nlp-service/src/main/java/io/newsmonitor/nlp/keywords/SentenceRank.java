package io.newsmonitor.nlp.keywords;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TextRank over sentences, with BM25 similarity between them: the ranking HanLP's {@code TextRankSentence}
 * computes (same constants, same arithmetic in the same order, so the same ranks), written over word numbers and
 * arrays built once per article instead of HanLP's tree maps of words, which made it the summary's main cost.
 */
final class SentenceRank {

    private static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 200;
    private static final double MIN_CHANGE = 0.001;
    private static final float K1 = 1.5f;
    private static final float B = 0.75f;

    private SentenceRank() {
    }

    /**
     * @param sentences each sentence's words, in order, repeats included
     * @return the sentence indexes, most central first; sentences with exactly the same score keep only the
     *     last of them, as in HanLP
     */
    static int[] rank(List<List<String>> sentences) {
        double[][] weight = similarities(sentences);
        int n = sentences.size();
        double[] weightSum = new double[n];
        double[] vertex = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (double w : weight[i]) {
                sum += w;
            }
            weightSum[i] = sum - weight[i][i];
            vertex[i] = 1.0;
        }
        // share[i][j] = DAMPING * weight[j][i] / weightSum[j], the first two operations of each term, computed once
        // instead of in each iteration (the same doubles, as the order of operations is kept), and by row of i.
        // Where HanLP skips a term (j == i, weightSum[j] == 0) the share is 0, and adding 0 leaves a sum unchanged.
        double[][] share = new double[n][n];
        for (int j = 0; j < n; j++) {
            if (weightSum[j] != 0) {
                for (int i = 0; i < n; i++) {
                    if (i != j) {
                        share[i][j] = DAMPING * weight[j][i] / weightSum[j];
                    }
                }
            }
        }
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = new double[n];
            double maxChange = 0;
            for (int i = 0; i < n; i++) {
                double[] shares = share[i];
                double sum = 1 - DAMPING;
                for (int j = 0; j < n; j++) {
                    sum += shares[j] * vertex[j];
                }
                next[i] = sum;
                maxChange = Math.max(maxChange, Math.abs(next[i] - vertex[i]));
            }
            vertex = next;
            if (maxChange <= MIN_CHANGE) {
                break;
            }
        }
        TreeMap<Double, Integer> top = new TreeMap<>(Collections.reverseOrder());
        for (int i = 0; i < n; i++) {
            top.put(vertex[i], i);
        }
        return top.values().stream().mapToInt(Integer::intValue).toArray();
    }

    /** BM25 score of each sentence (as the query) against each sentence (as the document). */
    private static double[][] similarities(List<List<String>> sentences) {
        int n = sentences.size();
        Map<String, Integer> ids = new HashMap<>();
        int[][] words = new int[n][];
        double averageLength = 0;
        for (int i = 0; i < n; i++) {
            List<String> sentence = sentences.get(i);
            words[i] = new int[sentence.size()];
            for (int w = 0; w < sentence.size(); w++) {
                words[i][w] = ids.computeIfAbsent(sentence.get(w), word -> ids.size());
            }
            averageLength += sentence.size();
        }
        averageLength /= n;
        // Document frequencies first; then term frequencies one sentence at a time, in one array of the vocabulary's
        // size, instead of an array per sentence (sentences × vocabulary, mostly zeros, made for every article).
        int[] documentFrequencies = new int[ids.size()];
        int[] lastSentence = new int[ids.size()];
        Arrays.fill(lastSentence, -1);
        for (int i = 0; i < n; i++) {
            for (int word : words[i]) {
                if (lastSentence[word] != i) {
                    lastSentence[word] = i;
                    documentFrequencies[word]++;
                }
            }
        }
        double[] idf = new double[ids.size()];
        for (int word = 0; word < idf.length; word++) {
            idf[word] = Math.log(n - documentFrequencies[word] + 0.5) - Math.log(documentFrequencies[word] + 0.5);
        }
        double[][] weight = new double[n][n];
        int[] tf = new int[ids.size()];
        for (int j = 0; j < n; j++) {
            for (int word : words[j]) {
                tf[word]++;
            }
            double lengthNorm = K1 * (1 - B + B * words[j].length / averageLength);
            for (int i = 0; i < n; i++) {
                double score = 0;
                for (int word : words[i]) {
                    int count = tf[word];
                    if (count > 0) {
                        score += idf[word] * count * (K1 + 1) / (count + lengthNorm);
                    }
                }
                weight[i][j] = score;
            }
            for (int word : words[j]) {
                tf[word] = 0;
            }
        }
        return weight;
    }
}
