package spanel.application.shop.port.in;

import java.util.List;
import spanel.domain.shop.Product;

/** An admin lists every product, enabled or not. */
public interface ListProducts {

    List<Product> list();
}
