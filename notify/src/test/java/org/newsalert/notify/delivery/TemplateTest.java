package org.newsalert.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.DeliveryTarget;

class TemplateTest {
    @Test
    void shouldEscapeEveryValueInHtml() {
        Template t = Template.parse("t", "<a title=\"{{v}}\">{{v}}</a>", Template.Escape.HTML);
        assertThat(t.render(Map.of("v", "<img src=x onerror='1'> & \"q\"")))
                .isEqualTo("<a title=\"&lt;img src=x onerror=&#39;1&#39;&gt; &amp; &quot;q&quot;\">&lt;img src=x onerror=&#39;1&#39;&gt; &amp; &quot;q&quot;</a>");
    }

    @Test
    void shouldRepeatListsAndRenderConditionalAndInvertedSections() {
        Template t = Template.parse("t", "{{?xs}}[{{#xs}}{{.}};{{/xs}}]{{/xs}}{{^xs}}none{{/xs}}{{#ms}}{{k}}={{top}} {{/ms}}", Template.Escape.TEXT);
        assertThat(t.render(Map.of("xs", List.of("a", "b"), "ms", List.of(Map.of("k", "1"), Map.of("k", "2")), "top", "T")))
                .isEqualTo("[a;b;]1=T 2=T ");
        assertThat(t.render(Map.of("xs", List.of(), "ms", List.of(), "top", "T"))).isEqualTo("none");
    }

    @Test
    void shouldFailOnMissingValuesAndUnbalancedSections() {
        assertThatThrownBy(() -> Template.parse("t", "{{x}}", Template.Escape.TEXT).render(Map.of())).hasMessageContaining("{{x}}");
        assertThatThrownBy(() -> Template.parse("t", "{{#x}}", Template.Escape.TEXT)).hasMessageContaining("unclosed");
        assertThatThrownBy(() -> Template.parse("t", "{{/x}}", Template.Escape.TEXT)).hasMessageContaining("unexpected");
    }

    @Test
    void shouldDeriveTheSameAlertKeyForTheSameDevelopmentSubscriptionAndChannelOnly() {
        AlertMatched a = TestAlerts.email("a1", "sub-1", "r@example.org");
        assertThat(a.key()).hasSize(32).isEqualTo(TestAlerts.email("a1", "sub-1", "other@example.org").key());
        assertThat(a.key()).isNotEqualTo(TestAlerts.email("a2", "sub-1", "r@example.org").key())
                .isNotEqualTo(TestAlerts.email("a1", "sub-2", "r@example.org").key())
                .isNotEqualTo(AlertMatched.keyFor("story-1/a1", "sub-1", DeliveryTarget.Kind.WEBHOOK));
    }
}
