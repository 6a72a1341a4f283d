package io.reviewrecovery.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A form the completion guard could not check stops the deployment, naming the form and the field. */
class ProcessDeploymentFormCheckTest {

  @Test
  void aFormWithAFieldTheGuardCannotCheckStopsTheDeployment_namingFormAndField() {
    byte[] form = """
        {"components": [{"type": "filepicker", "key": "receiptScan", "label": "Receipt"}], "type": "default"}
        """.getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ProcessDeployment.checkableByTheCompletionGuard("forms/check-receipt.form", form))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("forms/check-receipt.form")
        .hasMessageContaining("receiptScan")
        .hasMessageContaining("filepicker");
  }

  @Test
  void everyShippedFormCanBeChecked() throws Exception {
    try (var forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.toList()) {
        assertThatCode(() -> ProcessDeployment.checkableByTheCompletionGuard("forms/" + form.getFileName(),
            Files.readAllBytes(form))).as(form.toString()).doesNotThrowAnyException();
      }
    }
  }
}
