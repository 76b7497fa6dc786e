package vn.vientro.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Every JSON body is read strictly, in one place: nothing may follow the value, no field may appear twice, and
 * text is refused when it
 * carries control characters (text pasted from PDF or Word brings NULs, which PostgreSQL rejects) and is
 * otherwise stored composed (NFC), so a word typed in decomposed form is found by the composed one.
 */
@Singleton
public class JsonInput implements ObjectMapperCustomizer {

    /** A control character other than tab, line feed and carriage return. */
    public static final class ControlCharacterException extends MismatchedInputException {
        ControlCharacterException(JsonParser parser) {
            super(parser, "must not contain control characters (such as U+0000)", String.class);
        }
    }

    /** After Quarkus's own customizers: a module registered later wins, and ours must win over the Java time module. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // A field given twice is refused rather than guessed at (last wins for setters, and records fail with 500).
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("vientro-text").addDeserializer(String.class, new TextDeserializer())
                .addDeserializer(LocalDate.class, new DateDeserializer()));
    }

    /** Dates as {@link TextInput#date}: yyyy-MM-dd with a four-digit year; an empty string is no date. */
    private static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText().strip();
            try {
                return text.isEmpty() ? null : TextInput.date(text);
            } catch (DateTimeParseException e) {
                throw context.weirdStringException(text, LocalDate.class, "must be a date written yyyy-MM-dd");
            }
        }
    }

    private static final class TextDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text == null || parser.currentToken() != JsonToken.VALUE_STRING) {
                return text;
            }
            if (TextInput.hasControlCharacter(text)) {
                throw new ControlCharacterException(parser);
            }
            return TextInput.composed(text);
        }
    }
}
