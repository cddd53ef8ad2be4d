package spanel.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MuKeyFileTest {

    @Test
    void aKeyIsGeneratedOnceAndKeptForLaterStarts(@TempDir Path dataDir) throws Exception {
        String first = MuKeyFile.resolve(Optional.empty(), dataDir);
        String second = MuKeyFile.resolve(Optional.empty(), dataDir);

        assertThat(first).hasSizeGreaterThanOrEqualTo(43).isEqualTo(second);
        Path file = dataDir.resolve(MuKeyFile.FILE_NAME);
        assertThat(Files.readString(file).strip()).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void twoDataDirectoriesGetDifferentKeys(@TempDir Path a, @TempDir Path b) {
        assertThat(MuKeyFile.resolve(Optional.empty(), a)).isNotEqualTo(MuKeyFile.resolve(Optional.empty(), b));
    }

    @Test
    void aConfiguredKeyWinsAndNothingIsWritten(@TempDir Path dataDir) {
        assertThat(MuKeyFile.resolve(Optional.of("configured-key-0123456789"), dataDir)).isEqualTo("configured-key-0123456789");
        assertThat(dataDir.resolve(MuKeyFile.FILE_NAME)).doesNotExist();
    }
}
