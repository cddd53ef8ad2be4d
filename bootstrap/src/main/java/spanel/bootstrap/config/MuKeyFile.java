package spanel.bootstrap.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spanel.application.common.port.out.ServerSecrets;

/**
 * The shared node key when MU_KEY is unset. It is kept in the database ({@link ServerSecrets},
 * name {@value #SECRET_NAME}), so every instance on that database uses the same one: the first
 * instance to start stores it, the others read it. The key is made once (256 random bits) and
 * printed that one time; a key already kept in {@code DATA_DIR/mu_key} by an earlier version is
 * what gets stored, so nodes that have it keep working. The file is kept as a copy of the key in
 * use, readable by its owner only, for the operator to look it up; when it holds another key than
 * the database (an instance that generated its own before keys were shared), the database's key
 * wins, the file is rewritten, and the log says so.
 */
public final class MuKeyFile {

    private static final Logger LOG = LoggerFactory.getLogger(MuKeyFile.class);
    static final String FILE_NAME = "mu_key";
    static final String SECRET_NAME = "mu_key";

    private MuKeyFile() {
    }

    /** The configured key, else the one every instance shares, proposing the kept file's or a new one. */
    public static String resolve(Optional<String> configured, Path dataDir, ServerSecrets secrets) {
        if (configured.isPresent()) {
            return configured.get();
        }
        Path file = dataDir.resolve(FILE_NAME);
        Optional<String> kept = read(file);
        AtomicBoolean generated = new AtomicBoolean();
        String key = secrets.getOrCreate(SECRET_NAME, () -> kept.orElseGet(() -> {
            generated.set(true);
            return generate();
        }));
        if (generated.get()) {
            LOG.warn("MU_KEY was not set: generated one, kept in the database for every instance (and copied to {}). "
                    + "Give it to your nodes as ApiKey: {}", file, key);
        } else if (kept.isPresent() && !kept.get().equals(key)) {
            LOG.warn("{} holds another key than the one every instance shares from the database; the shared one is used "
                    + "and the file is rewritten. Nodes given the old key need this one as ApiKey: {}", file, key);
        }
        if (kept.isEmpty() || !kept.get().equals(key)) {
            write(file, key);
        }
        return key;
    }

    private static Optional<String> read(Path file) {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(s -> !s.isEmpty());
        } catch (IOException e) {
            throw new StartupRefusal("cannot read " + file + ": " + e.getMessage() + " (fix its permissions, or set MU_KEY)", e);
        }
    }

    private static void write(Path file, String key) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException raced) {
                    // Another instance on this DATA_DIR wrote it first: the same shared key.
                }
            }
            Files.writeString(file, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new StartupRefusal("cannot keep a copy of the MU_KEY in " + file + ": " + e.getMessage()
                    + " (set MU_KEY, or DATA_DIR to a writable directory)", e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
