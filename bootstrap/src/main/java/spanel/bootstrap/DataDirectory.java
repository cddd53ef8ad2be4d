package spanel.bootstrap;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spanel.bootstrap.config.StartupRefusal;

/**
 * DATA_DIR holds the embedded database (every account and password hash) and the generated MU_KEY,
 * so it and the files in it are its owner's only, whatever the umask: another local user must not
 * read them.
 */
final class DataDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private DataDirectory() {
    }

    /** Creates the directory owner-only, or narrows one that others could enter. */
    static void prepare(Path dir) {
        try {
            if (Files.isDirectory(dir)) {
                narrow(dir, OWNER_DIRECTORY);
            } else if (isPosix(dir)) {
                Files.createDirectories(dir.toAbsolutePath().getParent());
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
                // The umask may have taken bits away, never added any; set them exactly all the same.
                Files.setPosixFilePermissions(dir, OWNER_DIRECTORY);
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new StartupRefusal("cannot create DATA_DIR " + dir + ": " + e.getMessage());
        }
    }

    /** Narrows every file in the directory (the database files H2 made with the umask's bits) to its owner. */
    static void restrictFiles(Path dir) {
        if (!isPosix(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                narrow(file, OWNER_FILE);
            }
        } catch (IOException e) {
            LOG.warn("cannot list DATA_DIR {} to make its files owner-only: {}", dir, e.getMessage());
        }
    }

    private static void narrow(Path path, Set<PosixFilePermission> wanted) {
        try {
            if (isPosix(path) && !Files.getPosixFilePermissions(path).equals(wanted)) {
                Files.setPosixFilePermissions(path, wanted);
            }
        } catch (FileSystemException e) {
            LOG.warn("{} is not its owner's only and cannot be made so ({}): other local users may read it",
                    path, e.getMessage());
        } catch (IOException e) {
            LOG.warn("cannot read the permissions of {}: {}", path, e.getMessage());
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
