package vn.vientro.common.rest;

import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A stored file sent back as it came: its media type, its name (UTF-8, RFC 5987) and its SHA-256 as a digest. */
public final class FileDownload {

    private FileDownload() {
    }

    public static Response of(String filename, String contentType, String sha256, byte[] content) {
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content, contentType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("Digest", "sha-256=" + sha256)
                .build();
    }
}
