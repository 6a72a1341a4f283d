package io.reviewrecovery.cockpit;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The text of an exported PDF, read back with OpenPDF, its whitespace made single spaces. */
final class AuditedCasesPdf {

  private AuditedCasesPdf() {
  }

  static String text(byte[] pdf) {
    try (PdfReader reader = new PdfReader(pdf)) {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return normalized(text.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with every run of whitespace as one space, as lines wrap in a PDF. */
  static String normalized(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
