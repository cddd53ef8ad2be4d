package spanel.adapter.persistence.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import org.jooq.ConnectionProvider;

/**
 * Answers a connection's transaction isolation from memory. jOOQ asks for it at the start of every
 * transaction (to restore it afterwards), and PostgreSQL's driver asks the server each time
 * ({@code SHOW TRANSACTION ISOLATION LEVEL}): a round trip, and a transaction of its own, in front
 * of every purchase and every batch of reports. spanel never changes the isolation, and the pool
 * puts back any connection that did, so every connection it hands out has the one level read once.
 */
final class KnownIsolation implements ConnectionProvider {

    private static final Method GET_ISOLATION;
    private static final Method SET_ISOLATION;

    static {
        try {
            GET_ISOLATION = Connection.class.getMethod("getTransactionIsolation");
            SET_ISOLATION = Connection.class.getMethod("setTransactionIsolation", int.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ConnectionProvider delegate;
    private volatile Integer poolLevel;

    KnownIsolation(ConnectionProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public Connection acquire() {
        Connection connection = delegate.acquire();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Handler(connection));
    }

    @Override
    public void release(Connection connection) {
        delegate.release(connection instanceof Proxy && Proxy.getInvocationHandler(connection) instanceof Handler handler
                ? handler.target : connection);
    }

    private final class Handler implements InvocationHandler {

        final Connection target;
        /** Set once this connection's level was changed on it: then it answers for itself. */
        private Integer ownLevel;

        Handler(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.equals(GET_ISOLATION)) {
                if (ownLevel != null) {
                    return ownLevel;
                }
                Integer level = poolLevel;
                if (level == null) {
                    level = target.getTransactionIsolation();
                    poolLevel = level;
                }
                return level;
            }
            try {
                Object result = method.invoke(target, args);
                if (method.equals(SET_ISOLATION)) {
                    ownLevel = (Integer) args[0];
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
