import { Section } from "@/components/ui/section";
import { describeCaseEvent } from "@/lib/cases/timeline";
import { formatDateTime } from "@/lib/format";
import type { CaseView } from "../_lib/case-view";

export function CaseTimeline({ timeline, subjectNames }: { timeline: CaseView["timeline"]; subjectNames: Map<number, string> }) {
  return (
    <Section title="Timeline" id="timeline-title">
      {timeline.length === 0 ? (
        <p>Nothing has been recorded on this case in the system yet: it was brought in from earlier records.</p>
      ) : (
        <ol className="app-timeline">
          {timeline.map((event) => (
            <li key={event.id}>
              <time dateTime={event.occurredAt.toISOString()}>{formatDateTime(event.occurredAt)}</time>:{" "}
              {describeCaseEvent(event.action, event.detail, subjectNames)}
              {event.actorName ? ` (${event.actorName})` : ""}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
