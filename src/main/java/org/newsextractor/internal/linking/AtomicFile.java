package org.newsextractor.internal.linking;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;

/** Writes a file through a temporary file beside it that is renamed into place: no reader sees half of it. */
final class AtomicFile {
    /** What writes the file's bytes. */
    interface Writer<T> {
        T write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * @param file   the file to write or replace
     * @param writer writes its content; the stream is closed afterwards
     * @return what the writer returned
     * @throws IOException if writing or renaming fails; the temporary file is then removed
     */
    static <T> T write(Path file, Writer<T> writer) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            T result;
            try (OutputStream o = Files.newOutputStream(tmp)) {
                result = writer.write(o);
            }
            readableByAll(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A temporary file is created readable by its owner only; the index is no secret, as any file it is shared. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            java.util.Set<PosixFilePermission> p = java.util.EnumSet.copyOf(Files.getPosixFilePermissions(file));
            p.add(PosixFilePermission.GROUP_READ);
            p.add(PosixFilePermission.OTHERS_READ);
            Files.setPosixFilePermissions(file, p);
        }
    }
}
