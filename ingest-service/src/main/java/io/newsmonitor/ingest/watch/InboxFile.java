package io.newsmonitor.ingest.watch;

import java.io.File;
import java.nio.file.Path;

/**
 * A file in the inbox that is ready to process.
 *
 * @param path where it is now
 * @param relative its path below the inbox, kept when it is moved to processed or rejected
 * @param sizeBytes its size when it was found
 */
public record InboxFile(Path path, Path relative, long sizeBytes) {

    /** The relative path with {@code /} separators: the file name published in the article. */
    public String name() {
        return relative.toString().replace(File.separatorChar, '/');
    }
}
