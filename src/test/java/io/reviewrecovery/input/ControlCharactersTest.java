package io.reviewrecovery.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

  @Test
  void visibleWritesWhatNoPersonTypesAsItsCodePoint_andKeepsTheRest() {
    assertThat(ControlCharacters.visible("does not take x\u0000: a task\tsets\nonly \u00a3 and \ud83d\ude00"))
        .isEqualTo("does not take x<U+0000>: a task\tsets\nonly \u00a3 and \ud83d\ude00");
    assertThat(ControlCharacters.visible("a\u001bb\ud800c\ufffe")).isEqualTo("a<U+001B>b<U+D800>c<U+FFFE>");
    assertThat(ControlCharacters.visible(null)).isNull();
    assertThat(ControlCharacters.problem(ControlCharacters.visible("x\u0000\u0007"))).isEmpty();
  }
}
