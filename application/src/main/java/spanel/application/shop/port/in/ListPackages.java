package spanel.application.shop.port.in;

import java.util.List;
import spanel.domain.shop.Product;

/** A user looks at the shop: the products on sale. */
public interface ListPackages {

    List<Product> list();
}
