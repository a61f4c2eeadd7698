package org.partnershipledger.adapters.rest.audit;

import org.partnershipledger.adapters.rest.problem.InvalidRequestException;
import org.partnershipledger.adapters.rest.problem.RequestConversion;
import org.partnershipledger.application.audit.chain.CheckpointPage;
import org.partnershipledger.application.audit.chain.HashChainStore;
import org.partnershipledger.application.audit.chain.HashChainVerifier;
import org.partnershipledger.application.audit.chain.SuppliedCheckpoint;
import org.partnershipledger.application.audit.chain.VerificationReport;
import org.partnershipledger.application.paging.Paging;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;
import java.util.Optional;

/**
 * Tamper evidence over HTTP (ADR 013): the verification of the hash chain over the stored events, and the checkpoints
 * an operator copies out of the database. A verification is a read: a tampered log is a finding in a 200 answer, not
 * an error.
 */
@RestController
@RequestMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
public class VerificationController {

    private final HashChainVerifier verifier;
    private final HashChainStore chain;

    public VerificationController(HashChainVerifier verifier, HashChainStore chain) {
        this.verifier = verifier;
        this.chain = chain;
    }

    /**
     * Recomputes the chain over every chained event as stored now: VERIFIED, EVENTS_REMOVED or TAMPERED, naming the
     * first altered event, the first removed one, and the latest checkpoint the chain agrees with. Given a checkpoint
     * kept outside the database ({@code checkpointPosition} and {@code checkpointLink} together), also whether the
     * chain still agrees with it.
     *
     * @param checkpointPosition the position of a checkpoint kept outside the database, with checkpointLink
     * @param checkpointLink     the link of that checkpoint, 64 hexadecimal digits, with checkpointPosition
     */
    @GetMapping("/verification")
    public ResponseEntity<VerificationReport> verification(@RequestParam(required = false) Long checkpointPosition,
                                                           @RequestParam(required = false) String checkpointLink) {
        if ((checkpointPosition == null) != (checkpointLink == null)) {
            throw new InvalidRequestException("checkpointPosition and checkpointLink are given together, or neither",
                    null);
        }
        Optional<SuppliedCheckpoint> supplied = checkpointPosition == null ? Optional.empty()
                : Optional.of(RequestConversion.convert(() -> new SuppliedCheckpoint(checkpointPosition,
                        checkpointLink.strip().toLowerCase(Locale.ROOT))));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(verifier.verify(supplied));
    }

    /** The checkpoints noted so far, newest first, to copy somewhere the database's administrators cannot write. */
    @GetMapping("/checkpoints")
    public CheckpointPage checkpoints(@RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        RequestConversion.convert(() -> {
            Paging.require(page, size);
            return page;
        });
        return chain.checkpoints(page, size);
    }
}
