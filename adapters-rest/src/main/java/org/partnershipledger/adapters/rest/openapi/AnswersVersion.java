package org.partnershipledger.adapters.rest.openapi;

import org.springframework.http.HttpStatus;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose answer carries the record's version as {@code ETag}, as {@code CommandAnswers} gives it; the
 * answer of a command (a POST) also names in {@code Location} where the change can be read. springdoc sees only a
 * {@code ResponseEntity} and would document every such answer as a bare 200: {@link HttpContractDocumentation} reads
 * this instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnswersVersion {

    /** {@code OK}, or {@code CREATED} where the handler answers {@code CommandAnswers.created}. */
    HttpStatus value() default HttpStatus.OK;
}
