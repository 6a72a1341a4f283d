package io.reviewrecovery.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import io.reviewrecovery.cases.CaseFile;
import io.reviewrecovery.messaging.Communication;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * One case's story as a file for a complaint or a regulator: JSON (the same document the story's
 * API answers) or PDF (the same facts, for people). Made on request and never stored, so retention
 * has nothing more to remove. The PDF uses the standard Helvetica font, which covers Western
 * European text (Windows-1252); other characters are left out of it, and the JSON keeps them.
 */
@Service
public class CaseStoryExport {

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
  private static final Font ITEM = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
  private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

  private final ObjectMapper json;

  public CaseStoryExport(ObjectMapper json) {
    this.json = json;
  }

  public byte[] json(CaseStory story) {
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(story);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The story of case " + story.file().businessKey() + " cannot be written as JSON", e);
    }
  }

  public byte[] pdf(CaseStory story) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter.getInstance(document, bytes);
      CaseFile file = story.file();
      document.addTitle("Case " + file.businessKey());
      document.open();
      document.add(new Paragraph("Case " + file.businessKey(), TITLE));
      line(document, "Status", file.status());
      line(document, "Outcome", file.outcome() == null ? null : file.outcome().name());
      line(document, "Received", time(file.receivedAt()));
      line(document, "Ended", time(story.endedAt()));
      line(document, "Process instance", file.processInstanceId());
      line(document, "Process version", story.processDefinitionId());

      heading(document, "Review");
      CaseStory.Review review = story.review();
      line(document, "Platform", review.platform());
      line(document, "Review id", review.platformReviewId());
      line(document, "Rating", review.rating() == null ? null : review.rating() + " of 5");
      line(document, "Reviewer", review.reviewerName());
      line(document, "Published", time(review.publishedAt()));
      line(document, "Link", review.reviewUrl());
      text(document, review.text());

      heading(document, "Verification");
      line(document, "Reviewer verified", file.verification().reviewerVerified() == null ? "not yet"
          : file.verification().reviewerVerified() ? "yes" : "no");
      line(document, "Finding", file.verification().finding());

      heading(document, "Steps");
      for (CaseStory.Step step : story.steps()) {
        document.add(new Paragraph(step.name() + " (" + step.activityId() + ")", ITEM));
        line(document, "Began", time(step.createdAt()));
        for (CaseStory.Claim claim : step.claims()) {
          line(document, "Claimed by", claim.userId() + " at " + time(claim.at())
              + (claim.by() == null ? "" : ", assigned by " + claim.by()));
        }
        line(document, step.completedBy() == null ? "Ended" : "Completed by",
            step.completedBy() == null ? time(step.endedAt()) : step.completedBy() + " at " + time(step.endedAt()));
        if (step.endReason() != null && !"completed".equals(step.endReason())) {
          line(document, "Ended because", step.endReason());
        }
        for (CaseStory.Value value : step.recorded()) {
          line(document, value.name(), value.value());
        }
      }

      heading(document, "Events and automatic steps");
      for (CaseStory.Event event : story.events()) {
        line(document, time(event.at()), event.name() + " (" + event.type() + ")");
      }

      heading(document, "Incidents");
      none(document, story.incidents());
      for (CaseStory.Incident incident : story.incidents()) {
        line(document, time(incident.createdAt()), incident.type() + " at " + incident.activityId() + ": "
            + incident.message() + " (" + incident.resolution()
            + (incident.endedAt() == null ? "" : " " + time(incident.endedAt())) + ")");
      }

      heading(document, "Messages sent and public posts");
      none(document, file.communications());
      for (Communication sent : file.communications()) {
        document.add(new Paragraph(sent.kind() + " by " + sent.channel() + " to " + sent.recipient()
            + " at " + time(sent.sentAt()), ITEM));
        line(document, "Subject", sent.subject());
        text(document, sent.body());
      }

      heading(document, "Completions refused by the guard");
      none(document, story.refusals());
      for (GuardRefusal refusal : story.refusals()) {
        line(document, time(refusal.refusedAt()), refusal.stepName() + ", by "
            + Objects.requireNonNullElse(refusal.userId(), "the application"));
        text(document, refusal.reason());
      }

      heading(document, "Changes made by users through the engine");
      none(document, story.operations());
      for (CaseStory.Operation operation : story.operations()) {
        line(document, time(operation.at()), operation.type() + " " + operation.entity() + " by "
            + Objects.requireNonNullElse(operation.userId(), "the application") + changes(operation.changes()));
      }

      heading(document, "Path through the diagram");
      text(document, String.join(", ", story.path()));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The story of case " + story.file().businessKey() + " cannot be written as PDF", e);
    }
    return bytes.toByteArray();
  }

  private static String changes(List<CaseStory.Change> changes) {
    return changes.isEmpty() ? "" : ": " + changes.stream()
        .map(change -> change.property() + (change.from() == null ? "" : " from " + change.from()) + " to " + change.to())
        .collect(Collectors.joining("; "));
  }

  private static void heading(Document document, String text) throws DocumentException {
    Paragraph heading = new Paragraph(text, HEADING);
    heading.setSpacingBefore(12);
    heading.setSpacingAfter(4);
    document.add(heading);
  }

  /** A fact on one line; left out when there is none. */
  private static void line(Document document, String label, String value) throws DocumentException {
    if (value != null) {
      document.add(new Paragraph(label + ": " + value, TEXT));
    }
  }

  private static void text(Document document, String text) throws DocumentException {
    if (text != null) {
      Paragraph paragraph = new Paragraph(text, TEXT);
      paragraph.setIndentationLeft(12);
      paragraph.setSpacingAfter(4);
      document.add(paragraph);
    }
  }

  private static void none(Document document, List<?> items) throws DocumentException {
    if (items.isEmpty()) {
      document.add(new Paragraph("None.", TEXT));
    }
  }

  private static String time(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
