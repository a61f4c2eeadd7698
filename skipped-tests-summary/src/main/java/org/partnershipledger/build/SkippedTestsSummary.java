package org.partnershipledger.build;

import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.execution.MavenSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Named;
import javax.inject.Singleton;
import java.nio.file.Path;

/**
 * Ends the build with one list of every test it skipped and why (the PostgreSQL tests, when PostgreSQL does not
 * answer), after Maven's reactor summary: a green build that did not check everything says so where a newcomer looks
 * last. A core extension, because only one sees the session end after that summary.
 */
@Named("skipped-tests-summary")
@Singleton
public class SkippedTestsSummary extends AbstractMavenLifecycleParticipant {

    private static final Logger LOG = LoggerFactory.getLogger(SkippedTestsSummary.class);

    @Override
    public void afterSessionStart(MavenSession session) {
        SkippedTestsLog log = logOf(session);
        log.clear();
        session.getUserProperties().setProperty(SkippedTestsLog.DIRECTORY_PROPERTY, log.directory().toString());
    }

    @Override
    public void afterSessionEnd(MavenSession session) {
        SkippedTestsLog.summary(logOf(session).skips()).forEach(LOG::warn);
    }

    private static SkippedTestsLog logOf(MavenSession session) {
        Path root = session.getRequest().getMultiModuleProjectDirectory().toPath();
        return new SkippedTestsLog(root.resolve("target").resolve("skipped-tests"));
    }
}
