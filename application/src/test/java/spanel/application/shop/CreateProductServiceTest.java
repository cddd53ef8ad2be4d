package spanel.application.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.domain.shop.Plans.aPlan;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.shop.port.in.CreateProduct;
import spanel.domain.audit.AuditEntry;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.ProductSpec;
import spanel.domain.user.UserId;

class CreateProductServiceTest {

    private static final UserId ADMIN = UserId.of(1);

    private final ShopFakes shop = new ShopFakes();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final CreateProductService service = new CreateProductService(shop.products, audit::add, transactions);

    @Test
    void aCreatedProductIsStoredAndAuditedWithWhatItIsInOneTransaction() {
        ProductSpec spec = aPlan().named("Yearly").pricedAt(19_900).withStock(10).build();

        ProductId id = service.create(new CreateProduct.Command(ADMIN, spec)).id();

        assertThat(shop.productRows).containsEntry(id, spec);
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("product.create");
            assertThat(entry.target()).isEqualTo("product:" + id);
            assertThat(entry.detail()).contains("Yearly");
        });
        assertThat(transactions.opened()).isEqualTo(1);
    }
}
