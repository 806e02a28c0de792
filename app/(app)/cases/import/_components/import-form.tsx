"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { formatProblem } from "@/lib/cases/import-problems";
import type { ImportMessage } from "@/lib/cases/import-progress";
import { formatDateTime } from "@/lib/format";
import { FileField } from "@/components/ui/field";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { useFocusOn } from "@/components/ui/use-focus-on";

type Progress = Extract<ImportMessage, { phase: "validating" | "saving" }>;
type Final = Exclude<ImportMessage, Progress> | { phase: "error"; message: string };

const MAX_BYTES = 50 * 1024 * 1024;
const phaseText = { validating: "Checking rows", saving: "Saving rows" } as const;
const n = (value: number) => value.toLocaleString("en-GB");

/** Reads the route's JSON lines as they arrive, passing each to `onMessage`. */
async function readLines(response: Response, onMessage: (message: ImportMessage) => void) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split("\n");
    buffered = lines.pop()!;
    for (const line of lines) if (line.trim()) onMessage(JSON.parse(line) as ImportMessage);
  }
}

export function ImportForm() {
  const router = useRouter();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [final, setFinal] = useState<Final | null>(null);
  const [pending, setPending] = useState(false);
  const summary = useFocusOn<HTMLDivElement>(final);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    setFinal(null);
    setProgress(null);
    if (!(file instanceof File) || file.name === "") return setFinal({ phase: "error", message: "Choose a CSV file to import." });
    if (file.size > MAX_BYTES)
      return setFinal({ phase: "error", message: `The file is ${(file.size / 1048576).toFixed(1)} MB; the limit is 50 MB. Split it into smaller files.` });
    setPending(true);
    try {
      const response = await fetch("/api/cases/import", { method: "POST", body: data });
      if (!response.headers.get("content-type")?.includes("application/x-ndjson")) {
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        return setFinal({ phase: "error", message: body.error ?? "The file could not be imported. Try again in a minute." });
      }
      const outcome: { last: Final | null } = { last: null };
      await readLines(response, (message) => {
        if (message.phase === "validating" || message.phase === "saving") setProgress(message as Progress);
        else outcome.last = message as Final;
      });
      setFinal(outcome.last ?? { phase: "error", message: "The import stopped before it finished. Nothing was imported; try again." });
      router.refresh();
    } catch {
      setFinal({ phase: "error", message: "The connection to the server was lost. Reload the page to see whether the import was recorded." });
    } finally {
      setPending(false);
      setProgress(null);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      {final && final.phase !== "done" ? (
        <div className="govuk-error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <p className="govuk-body">{final.message}</p>
          {final.phase === "refused" ? (
            <>
              <ul className="govuk-list govuk-error-summary__list">
                {final.problems.map((problem, i) => (
                  <li key={i}>{formatProblem(problem)}</li>
                ))}
              </ul>
              {final.problemCount > final.problems.length ? (
                <p>And {n(final.problemCount - final.problems.length)} more problems not listed here: correct these first, then import again.</p>
              ) : null}
            </>
          ) : null}
        </div>
      ) : null}
      {final?.phase === "done" ? (
        <NotificationBanner kind="success" role="status" ref={summary}>
          <h2 className="govuk-notification-banner__heading">Import finished</h2>
          <p className="govuk-body">
            {final.subjectsAdded === 0 && final.casesAdded === 0
              ? `Nothing new: all ${n(final.rowCount)} rows were already in the system, so nothing was added.`
              : `${n(final.rowCount)} rows read: ${n(final.casesAdded)} cases, ${n(final.subjectsAdded)} subject records and ${n(final.peopleAdded)} officers added.`}
            {final.earlier
              ? ` This file was imported before, on ${formatDateTime(new Date(final.earlier.importedAt))} by ${final.earlier.importedByName}.`
              : ""}
          </p>
        </NotificationBanner>
      ) : null}

      <FileField name="file" id="import-file" label="CSV file of historical records" hint="UTF-8, at most 50 MB and 200,000 rows." accept=".csv,text/csv" />
      {pending ? (
        <div className="govuk-form-group" role="status">
          <label className="govuk-label" htmlFor="import-progress">
            {progress ? `${phaseText[progress.phase]}: ${n(progress.done)} of ${n(progress.total)}` : "Sending the file…"}
          </label>
          <progress id="import-progress" max={progress?.total ?? 1} value={progress?.done ?? undefined} />
        </div>
      ) : null}
      <button type="submit" className="govuk-button" disabled={pending}>
        {pending ? "Importing…" : "Import file"}
      </button>
    </form>
  );
}
