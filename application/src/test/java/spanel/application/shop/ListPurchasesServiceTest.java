package spanel.application.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.application.shop.port.in.ListPurchases;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.shop.Entitlement;
import spanel.domain.shop.PastPurchase;
import spanel.domain.shop.PlanContent;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.Purchase;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.UserId;

class ListPurchasesServiceTest {

    private static final UserId ALICE = UserId.of(7);
    private static final UserId BOB = UserId.of(8);

    private final ShopFakes shop = new ShopFakes();
    private final ListPurchasesService service = new ListPurchasesService(shop.purchases);

    private void bought(UserId buyer, String name) {
        shop.purchases.record(new Purchase(buyer, ProductId.of(1), name, Money.ofFen(100), Money.ofFen(100), Optional.empty(),
                PlanContent.EMPTY, new Entitlement(0, Instant.EPOCH, Instant.EPOCH, Traffic.ZERO, 0, 0)));
    }

    @Test
    void aUserSeesOnlyTheirOwnPurchasesNewestFirstAPageAtATime() {
        bought(ALICE, "first");
        bought(BOB, "bob's");
        bought(ALICE, "second");
        bought(ALICE, "third");

        Page<PastPurchase> page = service.list(new ListPurchases.Query(ALICE, new PageRequest(1, 2)));

        assertThat(page.items()).extracting(PastPurchase::productName).containsExactly("third", "second");
        assertThat(page.total()).isEqualTo(3);
    }
}
