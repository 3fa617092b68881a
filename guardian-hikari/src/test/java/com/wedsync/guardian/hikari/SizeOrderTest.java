package com.wedsync.guardian.hikari;

import static org.assertj.core.api.Assertions.assertThat;

import com.wedsync.guardian.pool.PoolSize;
import org.junit.jupiter.api.Test;

/** HikariCP never checks minimumIdle <= maximumPoolSize: the order of the two settings must keep it. */
class SizeOrderTest {

    @Test
    void minIdleNeverExceedsMaxBetweenTheTwoSettings() throws Exception {
        int checked = 0;
        for (int max = 1; max <= 12; max++) {
            for (int min = 0; min <= max; min++) {
                for (int newMax = 1; newMax <= 12; newMax++) {
                    for (int newMin = 0; newMin <= newMax; newMin++) {
                        int fromMax = max;
                        int fromMin = min;
                        int[] pool = {max, min};
                        PoolSize target = new PoolSize(newMax, newMin);
                        SizeOrder.apply(max, target, v -> {
                            pool[0] = v;
                            assertThat(pool[1]).as("minIdle after setting max %d (from %d/%d to %s)", v, fromMax, fromMin, target)
                                    .isLessThanOrEqualTo(pool[0]);
                        }, v -> {
                            pool[1] = v;
                            assertThat(pool[1]).as("minIdle set to %d (from %d/%d to %s)", v, fromMax, fromMin, target)
                                    .isLessThanOrEqualTo(pool[0]);
                        });
                        assertThat(pool).containsExactly(newMax, newMin);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(90 * 90);
    }
}
