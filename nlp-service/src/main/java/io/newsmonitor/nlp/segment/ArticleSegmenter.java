package io.newsmonitor.nlp.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * The one HanLP segmentation every article gets: Viterbi with person recognition, as the entity stage needs it.
 * HanLP's organisation recogniser is off: on the seeds and the unseen test articles every organisation it found
 * was also found by our own rules ({@code entities.NamedOrganizations}, {@code entities.GovernmentBodies}) and
 * the rest were common nouns ({@code 地方政府} in 地方政府专项债券, {@code 种植合作社} in 32家种植合作社), while it
 * made the segmentation half as costly again. The words HanLP's dictionary itself tags as organisations
 * ({@code 国务院/nt}) are still reported ({@link SegmentedText.Sentence#organizations()}).
 *
 * <p>HanLP's dictionaries load once, on the first call; {@link #shared()} is what the pipeline uses.
 * Thread-safe: HanLP segments hold only their configuration.
 */
public final class ArticleSegmenter {

    private final Segment segment = HanLP.newSegment().enableNameRecognize(true);

    private static final class Holder {
        private static final ArticleSegmenter INSTANCE = new ArticleSegmenter();
    }

    /** The segmenter the pipeline shares. */
    public static ArticleSegmenter shared() {
        return Holder.INSTANCE;
    }

    /** HanLP's words of a stripped line or sentence, in order, with their part of speech. */
    public List<Term> words(String text) {
        return segment.seg(text);
    }

    /** Segments one sentence; the sentence must not be blank. */
    public SegmentedText.Sentence segment(String sentence) {
        return SegmentedText.Sentence.of(sentence, words(sentence));
    }
}
