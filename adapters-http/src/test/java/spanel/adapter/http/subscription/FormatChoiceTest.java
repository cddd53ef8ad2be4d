package spanel.adapter.http.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import spanel.adapter.http.support.InvalidRequest;

/** Which format a fetch gets: target, then path subtype, then flag or User-Agent by the client table, then base64. */
class FormatChoiceTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // row 1: sing-box family
            "sing-box 1.10.1, SINGBOX", "SFA/1.10.1, SINGBOX", "SFI/1.9.0, SINGBOX", "SFM/1.9.0, SINGBOX",
            "SFT/1.9.0, SINGBOX", "HiddifyNext/2.5, SINGBOX",
            // row 2: mihomo family, before plain clash
            "mihomo/1.18.5, CLASH_META", "clash-verge/v1.7.7, CLASH_META", "ClashMetaForAndroid/2.10, CLASH_META",
            "Clash.Meta/1.0, CLASH_META", "FlClash/0.8, CLASH_META", "Clash Nyanpasu/1.5, CLASH_META",
            "Stash/2.4 Clash/1.0, CLASH_META", "Verge/2.0, CLASH_META",
            // row 3: plain clash
            "ClashforWindows/0.20.39, CLASH", "clash/1.18, CLASH",
            // rows 4 and 5 and the default: the link list
            "Shadowrocket/2070 CFNetwork/1494, BASE64", "v2rayN/6.45, BASE64", "v2rayNG/1.8.19, BASE64",
            "NekoBox/1.3, BASE64", "curl/8.5.0, BASE64", "Mozilla/5.0, BASE64", "metasploit, BASE64",
    })
    void the_user_agent_table(String userAgent, SubscriptionFormat expected) {
        assertThat(FormatChoice.choose(null, null, null, userAgent)).isEqualTo(expected);
    }

    @Test
    void the_first_matching_row_wins() {
        // hiddify (row 1) beats clash (row 3); clash-verge (row 2) beats clash (row 3); clash (row 3) beats v2rayn (row 5)
        assertThat(FormatChoice.choose(null, null, null, "HiddifyNext clash")).isEqualTo(SubscriptionFormat.SINGBOX);
        assertThat(FormatChoice.choose(null, null, null, "clash-verge")).isEqualTo(SubscriptionFormat.CLASH_META);
        assertThat(FormatChoice.choose(null, null, null, "clash v2rayN")).isEqualTo(SubscriptionFormat.CLASH);
        assertThat(FormatChoice.choose(null, null, null, "Shadowrocket sing-box")).isEqualTo(SubscriptionFormat.SINGBOX);
    }

    @Test
    void no_user_agent_at_all_is_base64() {
        assertThat(FormatChoice.choose(null, null, null, null)).isEqualTo(SubscriptionFormat.BASE64);
        assertThat(FormatChoice.choose("", " ", "", "")).isEqualTo(SubscriptionFormat.BASE64);
    }

    @Test
    void flag_stands_in_for_the_user_agent() {
        assertThat(FormatChoice.choose(null, null, "meta", "sing-box")).isEqualTo(SubscriptionFormat.BASE64);
        assertThat(FormatChoice.choose(null, null, "clash", "sing-box")).isEqualTo(SubscriptionFormat.CLASH);
        assertThat(FormatChoice.choose(null, null, "sing-box", "clash")).isEqualTo(SubscriptionFormat.SINGBOX);
    }

    @Test
    void target_beats_subtype_which_beats_flag_and_user_agent() {
        assertThat(FormatChoice.choose("sip008", "clash", "sing-box", "clash")).isEqualTo(SubscriptionFormat.SIP008);
        assertThat(FormatChoice.choose(null, "clash", "sing-box", "sing-box")).isEqualTo(SubscriptionFormat.CLASH_META);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "base64, BASE64", "v2rayn, BASE64", "general, BASE64", "clash, CLASH_META", "mihomo, CLASH_META",
            "meta, CLASH_META", "clashmeta, CLASH_META", "singbox, SINGBOX", "sing-box, SINGBOX", "sip008, SIP008",
            "SingBox, SINGBOX",
            // SSPanel's path values
            "sip002, BASE64", "ss, BASE64", "v2ray, BASE64", "trojan, BASE64", "json, BASE64", "v2rayjson, BASE64",
    })
    void named_formats(String name, SubscriptionFormat expected) {
        assertThat(FormatChoice.choose(name, null, null, "clash")).isEqualTo(expected);
        assertThat(FormatChoice.choose(null, name, null, "clash")).isEqualTo(expected);
    }

    @Test
    void an_unknown_target_or_subtype_is_a_400_naming_it() {
        assertThatThrownBy(() -> FormatChoice.choose("quantumult", null, null, null))
                .isInstanceOf(InvalidRequest.class).hasMessageStartingWith("target: unknown target");
        assertThatThrownBy(() -> FormatChoice.choose(null, "quantumult", null, null))
                .isInstanceOf(InvalidRequest.class).hasMessageStartingWith("subtype: unknown target");
    }
}
