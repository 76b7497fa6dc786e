package vn.vientro.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Every JSON body is read strictly, in one place: nothing may follow the value, and text is refused when it
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

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("vientro-text").addDeserializer(String.class, new TextDeserializer()));
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
