package org.partnershipledger.testsupport.jdbc;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A data source that notes the text of every statement prepared on its connections, and the thread that prepared it,
 * so that a test can count what a store, or one event processor, sends to the database.
 */
public final class StatementLog {

    /** One statement prepared, and the name of the thread that prepared it. */
    public record Statement(String sql, String thread) {

        boolean startsWith(String prefix) {
            return sql.strip().toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
        }
    }

    private final List<Statement> statements = new CopyOnWriteArrayList<>();
    private final DataSource target;
    private final DataSource dataSource;

    public StatementLog(DataSource target) {
        this.target = target;
        this.dataSource = proxy(DataSource.class, target, (method, arguments, result) -> result instanceof Connection
                ? proxy(Connection.class, (Connection) result, this::noteStatement) : result);
    }

    /** The data source whose statements are noted. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The data source behind it, for a test's own statements that are not to be noted. */
    public DataSource target() {
        return target;
    }

    public void clear() {
        statements.clear();
    }

    /** How many statements noted so far begin with this text, ignoring case and leading white space. */
    public long count(String prefix) {
        return statements.stream().filter(statement -> statement.startsWith(prefix)).count();
    }

    public List<Statement> statements() {
        return List.copyOf(statements);
    }

    private Object noteStatement(Method method, Object[] arguments, Object result) {
        if ((method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))
                && arguments != null && arguments.length > 0 && arguments[0] instanceof String sql) {
            statements.add(new Statement(sql, Thread.currentThread().getName()));
        }
        return result;
    }

    private interface AfterCall {
        Object apply(Method method, Object[] arguments, Object result) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            try {
                return after.apply(method, arguments, method.invoke(target, arguments));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler);
    }
}
