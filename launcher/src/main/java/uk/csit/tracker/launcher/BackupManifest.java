package uk.csit.tracker.launcher;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a backup archive holds, written first in it as {@code manifest.json}: when it was taken, the server's version,
 * and each database's dump with its size and SHA-256, against which a restore checks every dump before it changes
 * anything.
 */
public record BackupManifest(Instant takenAt, String serverVersion, List<Dump> dumps) {

    static final String ENTRY = "manifest.json";

    /** One database in an archive: the service's database (without any prefix), its file, size and digest. */
    public record Dump(String database, String file, long bytes, String sha256) {
    }

    /** The archive's manifest, each dump checked against its digest; an exception naming the first that is not. */
    public static BackupManifest verified(Path archive) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry entry = zip.getEntry(ENTRY);
            if (entry == null) {
                throw new IllegalArgumentException(archive + " is not a backup: it has no " + ENTRY);
            }
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(entry)) {
                manifest = parse(in.readAllBytes());
            }
            for (Dump dump : manifest.dumps()) {
                ZipEntry file = zip.getEntry(dump.file());
                if (file == null) {
                    throw new IllegalArgumentException(archive + " lacks " + dump.file());
                }
                try (InputStream in = zip.getInputStream(file)) {
                    if (!sha256(in).equals(dump.sha256())) {
                        throw new IllegalArgumentException(dump.file() + " in " + archive + " is not what was dumped"
                                + " (its SHA-256 differs from the manifest's)");
                    }
                }
            }
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + archive + " as a backup archive: " + e.getMessage(), e);
        }
    }

    String json() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Dump dump : dumps) {
            list.add(Json.createObjectBuilder().add("database", dump.database()).add("file", dump.file())
                    .add("bytes", dump.bytes()).add("sha256", dump.sha256()));
        }
        return Json.createObjectBuilder().add("takenAt", takenAt.toString()).add("serverVersion", serverVersion)
                .add("dumps", list).build().toString() + "\n";
    }

    static BackupManifest parse(byte[] json) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            JsonObject o = reader.readObject();
            List<Dump> dumps = o.getJsonArray("dumps").stream().map(v -> v.asJsonObject())
                    .map(d -> new Dump(d.getString("database"), d.getString("file"),
                            d.getJsonNumber("bytes").longValue(), d.getString("sha256")))
                    .toList();
            for (Dump dump : dumps) {
                // A name from the archive becomes a file name in the restore's folder: nothing but a plain name.
                if (!dump.file().matches("[a-z_][a-z0-9_]*\\.dump")) {
                    throw new IllegalArgumentException("Not a dump's name: " + dump.file());
                }
            }
            return new BackupManifest(Instant.parse(o.getString("takenAt")), o.getString("serverVersion"), dumps);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The archive's manifest cannot be read: " + e.getMessage(), e);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
                digesting.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(BackupManifest manifest) {
        return manifest.json().getBytes(StandardCharsets.UTF_8);
    }
}
