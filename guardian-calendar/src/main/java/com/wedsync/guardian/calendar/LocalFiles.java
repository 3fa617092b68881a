package com.wedsync.guardian.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reading a source's local file: a plain path or a {@code file:} URL. Only a regular file is read (a device
 * such as {@code /dev/zero} or a FIFO would never end, or block), and the size limit holds while reading,
 * whatever the file system says its size is.
 */
public final class LocalFiles {

    private LocalFiles() {
    }

    public static boolean isRemote(String location) {
        String l = location.toLowerCase(Locale.ROOT);
        return l.startsWith("https:") || l.startsWith("http:");
    }

    public static Path path(String location) throws CalendarReadException {
        try {
            return location.regionMatches(true, 0, "file:", 0, 5) ? Path.of(URI.create(location)) : Path.of(location);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new CalendarReadException("'" + location + "' is not a file path or file: URL");
        }
    }

    public static String read(String location, String source, long maxBytes) throws CalendarReadException {
        Path p = path(location);
        if (Files.exists(p) && !Files.isRegularFile(p)) {
            throw new CalendarReadException("calendar '" + source + "' (" + p + ") is not a regular file"
                    + " (a directory, device or pipe); refused");
        }
        try (InputStream in = Files.newInputStream(p)) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                throw new CalendarReadException("calendar '" + source + "' (" + p + "): file is larger than "
                        + (maxBytes / (1024 * 1024)) + " MB; refused");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CalendarReadException("calendar '" + source + "': no such file " + p);
        } catch (IOException e) {
            throw new CalendarReadException("calendar '" + source + "': cannot read " + p + ": " + e.getMessage());
        }
    }
}
