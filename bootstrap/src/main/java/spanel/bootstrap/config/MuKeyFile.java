package spanel.bootstrap.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared node key when MU_KEY is unset: generated once (256 random bits), kept in
 * {@code DATA_DIR/mu_key} readable by its owner only, and printed the one time it is made.
 */
public final class MuKeyFile {

    private static final Logger LOG = LoggerFactory.getLogger(MuKeyFile.class);
    static final String FILE_NAME = "mu_key";

    private MuKeyFile() {
    }

    /** The configured key, else the kept one, else a new one that is kept from now on. */
    public static String resolve(Optional<String> configured, Path dataDir) {
        if (configured.isPresent()) {
            return configured.get();
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Optional<String> kept = read(file);
            if (kept.isPresent()) {
                return kept.get();
            }
            Files.createDirectories(dataDir);
            String key = generate();
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException raced) {
                return read(file).orElseThrow(() -> new StartupRefusal(file + " exists but is empty: remove it or set MU_KEY"));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
            LOG.warn("MU_KEY was not set: generated one and saved it in {}. Give it to your nodes as ApiKey: {}", file, key);
            return key;
        } catch (IOException e) {
            throw new StartupRefusal("cannot keep the generated MU_KEY in " + file + ": " + e.getMessage()
                    + " (set MU_KEY, or DATA_DIR to a writable directory)", e);
        }
    }

    private static Optional<String> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(s -> !s.isEmpty());
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
