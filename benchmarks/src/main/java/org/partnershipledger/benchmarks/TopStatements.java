package org.partnershipledger.benchmarks;

/**
 * The statements a phase ran most often, as Markdown, with what each costs per appended event and per command: the
 * file an engineer reads to see which statements dominate before changing a projection.
 */
final class TopStatements {

    private TopStatements() {
    }

    static String render(String title, LoadPhase.Result phase, int limit) {
        SqlUse sql = phase.cost().sql();
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
        if (!sql.available()) {
            return out.append("No counts: pg_stat_statements did not answer.\n").toString();
        }
        long events = phase.cost().eventsAppended();
        long commands = phase.commands();
        out.append("%d statements for %d commands and %d appended events (%d distinct statements), most frequent first."
                .formatted(sql.total(), commands, events, sql.statements().size())).append("\n\n");
        out.append("| calls | per event | per command | kind | statement |\n|---:|---:|---:|---|---|\n");
        for (SqlUse.Statement statement : sql.top(limit)) {
            out.append("| %d | %.2f | %.2f | %s | `%s` |%n".formatted(statement.calls(),
                    (double) statement.calls() / Math.max(1, events), (double) statement.calls() / Math.max(1, commands),
                    statement.kind().label(), oneLine(statement.query())));
        }
        return out.toString();
    }

    /** The statement on one table row: whitespace collapsed, and the pipe that would end the cell escaped. */
    static String oneLine(String query) {
        return query.strip().replaceAll("\\s+", " ").replace("|", "\\|").replace("`", "'");
    }
}
