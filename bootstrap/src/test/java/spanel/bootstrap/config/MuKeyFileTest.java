package spanel.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spanel.application.common.port.out.ServerSecrets;

class MuKeyFileTest {

    /** The database's secrets, as JooqServerSecrets keeps them: the first proposal stored wins. */
    private static final class Secrets implements ServerSecrets {
        final Map<String, String> stored = new ConcurrentHashMap<>();

        @Override
        public String getOrCreate(String name, Supplier<String> proposal) {
            return stored.computeIfAbsent(name, n -> proposal.get());
        }
    }

    @Test
    void aKeyIsGeneratedOnceKeptInTheDatabaseAndCopiedToTheFile(@TempDir Path dataDir) throws Exception {
        Secrets database = new Secrets();
        String first = MuKeyFile.resolve(Optional.empty(), dataDir, database);
        String second = MuKeyFile.resolve(Optional.empty(), dataDir, database);

        assertThat(first).hasSizeGreaterThanOrEqualTo(43).isEqualTo(second);
        assertThat(database.stored).containsEntry(MuKeyFile.SECRET_NAME, first);
        Path file = dataDir.resolve(MuKeyFile.FILE_NAME);
        assertThat(Files.readString(file).strip()).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void instancesWithDataDirectoriesOfTheirOwnShareTheKeyOfTheirDatabase(@TempDir Path a, @TempDir Path b) throws Exception {
        Secrets database = new Secrets();

        String first = MuKeyFile.resolve(Optional.empty(), a, database);
        String second = MuKeyFile.resolve(Optional.empty(), b, database);

        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(b.resolve(MuKeyFile.FILE_NAME)).strip()).isEqualTo(first);
    }

    @Test
    void aKeyKeptInTheFileByAnEarlierVersionMovesIntoTheDatabase(@TempDir Path dataDir) throws Exception {
        Files.writeString(dataDir.resolve(MuKeyFile.FILE_NAME), "the-key-nodes-already-have-0123\n");
        Secrets database = new Secrets();

        assertThat(MuKeyFile.resolve(Optional.empty(), dataDir, database)).isEqualTo("the-key-nodes-already-have-0123");
        assertThat(database.stored).containsEntry(MuKeyFile.SECRET_NAME, "the-key-nodes-already-have-0123");
    }

    @Test
    void whenTheFileAndTheDatabaseDisagreeTheSharedKeyWinsAndTheFileIsRewritten(@TempDir Path dataDir) throws Exception {
        Files.writeString(dataDir.resolve(MuKeyFile.FILE_NAME), "this-instance-made-its-own-key\n");
        Secrets database = new Secrets();
        database.stored.put(MuKeyFile.SECRET_NAME, "the-key-every-instance-shares");

        assertThat(MuKeyFile.resolve(Optional.empty(), dataDir, database)).isEqualTo("the-key-every-instance-shares");
        assertThat(Files.readString(dataDir.resolve(MuKeyFile.FILE_NAME)).strip()).isEqualTo("the-key-every-instance-shares");
    }

    @Test
    void aConfiguredKeyWinsAndNothingIsStored(@TempDir Path dataDir) {
        Secrets database = new Secrets();

        assertThat(MuKeyFile.resolve(Optional.of("configured-key-0123456789"), dataDir, database))
                .isEqualTo("configured-key-0123456789");
        assertThat(dataDir.resolve(MuKeyFile.FILE_NAME)).doesNotExist();
        assertThat(database.stored).isEmpty();
    }
}
