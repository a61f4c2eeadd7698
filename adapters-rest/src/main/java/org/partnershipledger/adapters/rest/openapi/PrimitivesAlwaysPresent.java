package org.partnershipledger.adapters.rest.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Marks the primitive components of a record as required: a number or flag is in every answer, since it cannot be
 * null. Which other fields are never null the types do not tell (every field is written, null or not), so only the
 * records of this adapter say so of their own, with {@code @Schema(requiredMode = REQUIRED)}; the views of the
 * application module carry no annotations (ArchUnit rule 2).
 */
public class PrimitivesAlwaysPresent implements ModelConverter {

    @Override
    @SuppressWarnings("rawtypes")
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        // A class becomes a component: what it resolves to refers to it by name.
        Schema schema = resolved == null || resolved.get$ref() == null ? resolved
                : context.getDefinedModels().get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1));
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (schema != null && schema.getProperties() != null && raw.isRecord()) {
            Arrays.stream(raw.getRecordComponents())
                    .filter(component -> component.getType().isPrimitive())
                    .map(RecordComponent::getName)
                    .filter(schema.getProperties()::containsKey)
                    .filter(name -> schema.getRequired() == null || !schema.getRequired().contains(name))
                    .forEach(schema::addRequiredItem);
        }
        return resolved;
    }
}
