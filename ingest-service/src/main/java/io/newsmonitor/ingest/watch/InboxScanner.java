package io.newsmonitor.ingest.watch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the inbox files that are ready to process: regular, visible, not a download or editor
 * temporary, and unchanged in size and modification time for the settle time, so that a file still
 * being copied in is never read half-written. A file whose modification time is already {@link #QUIET_AGE} in
 * the past when it is first seen (written elsewhere, then renamed into the inbox) counts as unchanged since then,
 * so it is ready at once unless the settle time is longer than that. Symbolic links are never followed: those pointing inside the
 * inbox are skipped, those pointing outside are listed by {@link #outsideLinks()} to be rejected. Not
 * thread-safe: one poll loop owns it.
 */
public final class InboxScanner {

    private static final List<String> TEMPORARY_ENDINGS = List.of(".part", ".tmp", ".crdownload", ".swp", "~");

    /**
     * How old a file's modification time must be at first sight for the file to be ready without waiting the settle
     * time: longer than the coarsest time stamps in use (2 s on FAT), so that a rounded-down time stamp of a file
     * written a moment ago never passes for an old one.
     */
    static final Duration QUIET_AGE = Duration.ofSeconds(3);

    private final Path inbox;
    private final Duration settleTime;
    private final Clock clock;
    private final Map<Path, Observation> seen = new HashMap<>();
    private final Set<Path> unreadable = new LinkedHashSet<>();
    private final List<InboxFile> outsideLinks = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();
    private Instant lastScan = Instant.MIN;

    private record Observation(long size, FileTime modified, Instant unchangedSince) {
    }

    public InboxScanner(Path inbox, Duration settleTime, Clock clock) {
        this.inbox = inbox;
        this.settleTime = settleTime;
        this.clock = clock;
    }

    /** Files ready to process, in path order. A file is returned again on later scans until it leaves the inbox. */
    public List<InboxFile> scan() throws IOException {
        Instant now = clock.instant();
        lastScan = now;
        Path root = inbox.toRealPath();
        Map<Path, BasicFileAttributes> present = walk(root);
        seen.keySet().retainAll(present.keySet());
        List<InboxFile> ready = new ArrayList<>();
        present.forEach((path, attributes) -> {
            Observation before = seen.get(path);
            Observation observation = before;
            if (before == null || before.size() != attributes.size()
                    || !before.modified().equals(attributes.lastModifiedTime())) {
                Instant modified = attributes.lastModifiedTime().toInstant();
                boolean quiet = before == null && !modified.isAfter(now.minus(QUIET_AGE));
                observation = new Observation(attributes.size(), attributes.lastModifiedTime(), quiet ? modified : now);
                seen.put(path, observation);
            }
            if (Duration.between(observation.unchangedSince(), now).compareTo(settleTime) >= 0) {
                ready.add(new InboxFile(path, root.relativize(path), attributes.size()));
            }
        });
        ready.sort(Comparator.comparing(InboxFile::path));
        return ready;
    }

    /**
     * When the next file that the last scan found not settled yet will have been unchanged for the settle time, if
     * it stays so; null when the last scan found every file settled. A scan at that time picks it up without waiting
     * for the next poll. The time may already be past (the files of the last scan took long to process): scan now.
     */
    public Instant nextSettledAt() {
        return seen.values().stream().map(o -> o.unchangedSince().plus(settleTime)).filter(lastScan::isBefore)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /** The inbox folder and its sub-folders (not hidden, not behind links) that the last scan went through. */
    public List<Path> folders() {
        return List.copyOf(folders);
    }

    /** Candidate files seen in the inbox by the last scan, settled or not. */
    public int waitingCount() {
        return seen.size();
    }

    /** Symbolic links (to files or folders) that the last scan found pointing outside the inbox, in path order. */
    public List<InboxFile> outsideLinks() {
        return List.copyOf(outsideLinks);
    }

    /** Files and folders that the last scan could not read, for example for lack of permission. */
    public Set<Path> unreadable() {
        return Set.copyOf(unreadable);
    }

    /** True for names that may hold an article: not hidden, not a temporary of a download or an editor. */
    public static boolean isCandidateName(String name) {
        if (name.startsWith(".")) {
            return false;
        }
        return TEMPORARY_ENDINGS.stream().noneMatch(name::endsWith);
    }

    private Map<Path, BasicFileAttributes> walk(Path root) throws IOException {
        Map<Path, BasicFileAttributes> present = new HashMap<>();
        unreadable.clear();
        outsideLinks.clear();
        folders.clear();
        // No FOLLOW_LINKS: a link is visited as a link (to a file or a folder alike) and never followed.
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                if (hidden) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.add(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && isCandidateName(file.getFileName().toString())) {
                    present.put(file, attributes);
                } else if (attributes.isSymbolicLink() && isCandidateName(file.getFileName().toString())
                        && !pointsInside(file, root)) {
                    outsideLinks.add(new InboxFile(file, root.relativize(file), 0));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // A file that vanished between listing and reading was simply moved away; anything else is reported.
                if (!(e instanceof NoSuchFileException)) {
                    unreadable.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        outsideLinks.sort(Comparator.comparing(InboxFile::path));
        return present;
    }

    // The target as the system resolves it (through further links); for a dangling link, as written.
    private static boolean pointsInside(Path link, Path root) {
        try {
            return link.toRealPath().startsWith(root);
        } catch (IOException e) {
            try {
                return link.getParent().resolve(Files.readSymbolicLink(link)).normalize().startsWith(root);
            } catch (IOException unreadable) {
                return true;
            }
        }
    }
}
