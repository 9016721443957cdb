package com.example.storefront;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InventoryClientFallbackTest {

    @Test
    void inventorysAnswerIsUsed() {
        assertEquals(7, new InventoryClient(path -> Optional.of(7)).stockLevel("sku-1"));
    }

    @Test
    void unknownSkuIsOutOfStock() {
        assertEquals(0, new InventoryClient(path -> Optional.empty()).stockLevel("sku-1"));
    }

    @Nested
    class WhenInventoryTimesOut {

        @Test
        void theLastKnownLevelIsServed() {
            boolean[] down = {false};
            InventoryClient client = new InventoryClient(path -> {
                if (down[0]) {
                    throw new IllegalStateException("read timed out");
                }
                return Optional.of(12);
            });
            client.stockLevel("sku-1");
            down[0] = true;
            assertEquals(12, client.stockLevel("sku-1"), "the fallback serves the last known level");
        }
    }
}
