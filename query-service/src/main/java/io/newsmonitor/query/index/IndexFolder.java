package io.newsmonitor.query.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.jboss.logging.Logger;

/**
 * The folder of the index and whether it can be reused: an index is reused only when its last
 * commit carries this build's {@link #SCHEMA_VERSION}; otherwise it is recreated empty and rebuilt
 * from the topic, which is the source of truth.
 *
 * @param path the folder
 * @param directory the Lucene directory over it
 * @param freshStart whether the index starts empty and must be rebuilt
 */
record IndexFolder(Path path, Directory directory, boolean freshStart) {

    /** Version of the fields and analysis of the index; raise it whenever they change. */
    static final String SCHEMA_VERSION = "2";
    static final String SCHEMA_KEY = "newsmonitor.query.schemaVersion";

    private static final Logger LOG = Logger.getLogger(IndexFolder.class);

    static Map<String, String> commitData() {
        return Map.of(SCHEMA_KEY, SCHEMA_VERSION);
    }

    static IndexFolder open(Path path) throws IOException {
        Files.createDirectories(path);
        // Near-real-time refreshes write many tiny segments: keep those in memory until they are committed (every
        // 30 s) or merged, but no more than 16 MB of them: the cache lives on the heap, and at 50 articles/s a
        // 64 MB cache filled the soak's live heap by 35 MB; what does not fit goes to the file system cache.
        Directory directory = new NRTCachingDirectory(FSDirectory.open(path), 4.0, 16.0);
        if (!DirectoryReader.indexExists(directory)) {
            LOG.infof("No query index in %s: creating one and rebuilding it from the topic.", path.toAbsolutePath());
            return new IndexFolder(path, directory, true);
        }
        String found = SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA_KEY);
        if (!SCHEMA_VERSION.equals(found)) {
            LOG.infof("The query index in %s has schema version %s, this build needs %s: recreating it and rebuilding"
                    + " it from the topic.", path.toAbsolutePath(), found == null ? "(none)" : found, SCHEMA_VERSION);
            return new IndexFolder(path, directory, true);
        }
        LOG.infof("Opened the query index in %s (schema version %s).", path.toAbsolutePath(), SCHEMA_VERSION);
        return new IndexFolder(path, directory, false);
    }
}
