package vn.vientro.fuzz;

import vn.vientro.fuzz.OpenApiModel.Operation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.*;

/** multipart/form-data bodies for the uploads: real files of each accepted kind, and broken uploads. */
final class Multipart {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** Stands in a file name for bytes that are not UTF-8, written as such. */
    private static final String INVALID_UTF8 = "\uE000";

    private Multipart() {
    }

    private record File(String name, String type, byte[] content) {
    }

    static byte[] body(RequestGenerator generator, Operation operation, Map<String, String> headers, List<String> what) {
        Random random = generator.random();
        String boundary = "fuzz" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        boolean document = operation.path().contains("/documents");
        // a scan, or a report's attachment: a file of a dossier's kinds, without a type
        boolean scan = operation.path().endsWith("/signed-decision") || operation.path().endsWith("/attachments");
        File file = document || scan ? document(generator, what) : workbook(generator, what);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int broken = random.nextInt(100);
        if (document && broken != 1) {
            String type = broken == 2 ? generator.pick(new String[]{"", "NOPE", "request_letter", "\u0000", "OTHER\u0000"})
                    : generator.pick(new String[]{"REQUEST_LETTER", "DONOR_COMMITMENT", "PROJECT_DOCUMENT", "REGISTRATION_COPY",
                    "TRANSLATION", "GOODS_LIST", "OTHER"});
            part(out, boundary, "Content-Disposition: form-data; name=\"type\"", type.getBytes(StandardCharsets.UTF_8));
            if (broken == 2) {
                what.add("type " + RequestGenerator.abbreviate(type));
            }
        } else if (broken == 1) {
            what.add("without type");
        }
        if (broken == 3) {
            what.add("without file");
        } else {
            String disposition = "Content-Disposition: form-data; name=\"file\""
                    + (file.name() == null ? "" : "; filename=\"" + file.name() + "\"");
            part(out, boundary, disposition + (file.type() == null ? "" : "\r\nContent-Type: " + file.type()), file.content());
        }
        if (broken == 4) {
            what.add("no closing boundary");
        } else {
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        if (broken == 5) {
            headers.put("Content-Type", "multipart/form-data");
            what.add("no boundary");
        } else if (broken == 6) {
            headers.put("Content-Type", "multipart/form-data; boundary=other");
            what.add("other boundary");
        } else if (broken == 7) {
            what.add("garbage body");
            return "--not multipart at all".getBytes(StandardCharsets.US_ASCII);
        }
        return out.toByteArray();
    }

    private static void part(ByteArrayOutputStream out, String boundary, String headers, byte[] content) {
        String[] around = ("--" + boundary + "\r\n" + headers + "\r\n\r\n").split(INVALID_UTF8, -1);
        for (int i = 0; i < around.length; i++) {
            if (i > 0) {
                out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xC3});
            }
            out.writeBytes(around[i].getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static File document(RequestGenerator generator, List<String> what) {
        Random random = generator.random();
        int kind = random.nextInt(6);
        String[] types = {"application/pdf", "image/png", "image/jpeg", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/msword", "text/plain"};
        byte[][] contents = {PDF, PNG, JPEG, ZIP, OLE, "xin chào".getBytes(StandardCharsets.UTF_8)};
        String[] extensions = {".pdf", ".png", ".jpg", ".docx", ".doc", ".txt"};
        String name = "Công văn số " + random.nextInt(1000) + "-UBND" + extensions[kind];
        String type = types[kind];
        byte[] content = contents[kind];
        if (random.nextInt(100) < 45) {
            switch (random.nextInt(8)) {
                case 0 -> {
                    name = "Quyết định " + "phê duyệt ".repeat(150) + ".pdf";
                    what.add("file name of " + name.length() + " chars");
                }
                case 1 -> {
                    name = generator.pick(new String[]{"a\u0000b.pdf", "../../etc/passwd", "\u001b[31m.pdf", "", ".pdf", "a\"b.pdf",
                            "tờ trình\r\nX-Injected: 1.pdf", Normalizer.normalize("Tờ trình.pdf", Normalizer.Form.NFD)});
                    what.add("file name " + RequestGenerator.abbreviate(name));
                }
                case 2 -> {
                    name = null;
                    what.add("no file name");
                }
                case 3 -> {
                    content = new byte[0];
                    what.add("empty file");
                }
                case 4 -> {
                    type = generator.pick(new String[]{"application/pdf", "image/gif", "application/x-msdownload", "garbage", null});
                    what.add("declared type " + type + " for " + extensions[kind]);
                }
                case 5 -> {
                    content = new byte[1 + random.nextInt(4096)];
                    random.nextBytes(content);
                    what.add("random bytes");
                }
                case 6 -> {
                    content = RequestGenerator.concat(PDF, new byte[random.nextInt(200_000)]);
                    what.add("file of " + content.length + " bytes");
                }
                default -> {
                    name = "Tờ" + INVALID_UTF8 + "trình " + random.nextInt(99) + ".pdf";
                    what.add("file name with invalid UTF-8");
                }
            }
        } else {
            what.add("valid " + extensions[kind] + " file");
        }
        return new File(name, type, content);
    }

    private static File workbook(RequestGenerator generator, List<String> what) {
        Random random = generator.random();
        byte[] template = generator.knowledge().importTemplate;
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return switch (random.nextInt(5)) {
            case 0 -> {
                what.add("the empty template");
                yield new File("mau-nhap-du-an.xlsx", xlsx, template);
            }
            case 1 -> {
                byte[] cut = Arrays.copyOf(template, template.length / (2 + random.nextInt(8)));
                what.add("the template cut to " + cut.length + " bytes");
                yield new File("mau.xlsx", xlsx, cut);
            }
            case 2 -> {
                byte[] garbage = new byte[1 + random.nextInt(2048)];
                random.nextBytes(garbage);
                what.add("random bytes as a workbook");
                yield new File("mau.xlsx", xlsx, garbage);
            }
            case 3 -> {
                byte[] changed = template.clone();
                for (int i = 0; i < 20 && changed.length > 0; i++) {
                    changed[random.nextInt(changed.length)] ^= (byte) (1 + random.nextInt(255));
                }
                what.add("the template with flipped bytes");
                yield new File("mau.xlsx", xlsx, changed);
            }
            default -> {
                boolean pdf = random.nextBoolean();
                what.add(pdf ? "a PDF as a workbook" : "an empty workbook file");
                yield new File("mau.xlsx", xlsx, pdf ? PDF : new byte[0]);
            }
        };
    }
}
