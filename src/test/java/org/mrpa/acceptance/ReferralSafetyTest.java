package org.mrpa.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The safety gate of the referral acceptance suite, part of {@code ./mvnw verify}: no referral may get an unsafe
 * answer (a GIVE where contrast must be avoided, a PROCEED where review or DO_NOT_SCAN is due, a field strength the
 * implant does not allow). Prints the suite's table and score line; {@link ReferralAcceptance} also requires every
 * expectation to be met.
 */
@QuarkusTest
class ReferralSafetyTest {

    @Test
    void noReferralGetsAnUnsafeAnswer() throws IOException {
        ReferralAcceptance.Score score = ReferralAcceptance.run();
        assertThat(score.cases()).isGreaterThanOrEqualTo(100);
        assertThat(score.unsafe()).as("unsafe answers (see the table above)").isZero();
    }
}
