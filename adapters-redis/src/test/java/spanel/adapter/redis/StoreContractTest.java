package spanel.adapter.redis;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Base of every store contract test: the whole class runs once on the real Redis, with keys of
 * its own that are removed afterwards, and once on the in-process store.
 */
@ParameterizedClass(name = "[{0}]")
@EnumSource(TestStore.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StoreContractTest {

    @Parameter
    protected TestStore store;

    private Stores stores;

    @BeforeParameterizedClassInvocation
    void openStores() {
        stores = store.open();
    }

    @AfterParameterizedClassInvocation
    void removeKeysAndClose() {
        TestStore.removeKeys(stores);
        stores.close();
    }

    protected Stores stores() {
        return stores;
    }
}
