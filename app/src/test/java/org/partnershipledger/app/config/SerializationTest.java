package org.partnershipledger.app.config;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.shared.Money;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every message is JSON written by Jackson; XStream is not even on the classpath to fall back to. */
class SerializationTest {

    private final AxonConfiguration configuration = new AxonConfiguration();

    @Test
    void general_message_and_event_serializers_are_jackson() {
        assertThat(configuration.serializer()).isInstanceOf(JacksonSerializer.class);
        assertThat(configuration.messageSerializer()).isInstanceOf(JacksonSerializer.class);
        assertThat(configuration.eventSerializer()).isInstanceOf(JacksonSerializer.class);
    }

    @Test
    void a_value_object_is_stored_as_readable_json_and_reads_back_equal() {
        Serializer serializer = configuration.eventSerializer();
        Money money = Money.of("250000.50", "USD");

        SerializedObject<byte[]> serialized = serializer.serialize(money, byte[].class);

        assertThat(new String(serialized.getData(), StandardCharsets.UTF_8))
                .isEqualTo("{\"amount\":250000.50,\"currency\":\"USD\"}");
        assertThat((Money) serializer.deserialize(serialized)).isEqualTo(money);
    }

    @Test
    void xstream_is_not_on_the_classpath() {
        assertThatThrownBy(() -> Class.forName("com.thoughtworks.xstream.XStream"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
