package spanel.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.NODES;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;

class KnownIsolationTest extends PersistenceContractTest {

    private final AtomicInteger asked = new AtomicInteger();

    @Test
    void theDatabaseIsAskedForTheIsolationOnceNotOncePerTransaction() {
        asked.set(0);
        DSLContext dsl = Persistence.dsl(countingIsolationQuestions(schema().dataSource()), schema().url().dialect());
        JooqTransactionRunner transactions = new JooqTransactionRunner(dsl);

        for (int i = 0; i < 3; i++) {
            String name = "isolation-" + i;
            transactions.inTransaction(() -> dsl.insertInto(NODES).set(NODES.NAME, name).execute());
        }

        assertThat(dsl.fetchCount(NODES, NODES.NAME.like("isolation-%"))).isEqualTo(3);
        assertThat(asked).as("questions that reached the driver").hasValue(1);
    }

    /** The same connections, counting how often the driver is asked for the isolation level. */
    private DataSource countingIsolationQuestions(DataSource real) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (!method.getName().equals("getConnection")) {
                        return result;
                    }
                    Connection connection = (Connection) result;
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("getTransactionIsolation")) {
                                    asked.incrementAndGet();
                                }
                                return invoke(connection, m, a);
                            });
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
