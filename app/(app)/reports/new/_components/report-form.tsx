"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FieldError, FormStatus, invalidProps } from "@/components/ui/form-status";
import { platforms } from "@/lib/vocabulary";
import { submitReportAction } from "../../actions";

export function ReportForm() {
  const [state, action, pending] = useActionState(submitReportAction, null);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.push(`/reports/${(state.data as { ref: string }).ref}`);
  }, [state, router]);
  return (
    <form action={action} noValidate>
      <FormStatus state={state && !state.ok ? state : null} />
      <div className="field">
        <label htmlFor="description">What did you see?</label>
        <p className="hint">Describe the messages or posts. Do not copy images of victims or scenes here.</p>
        <FieldError state={state} name="description" />
        <textarea id="description" name="description" rows={5} {...invalidProps(state, "description")} />
      </div>
      <div className="field">
        <label htmlFor="platform">Where</label>
        <FieldError state={state} name="platform" />
        <select id="platform" name="platform" defaultValue="" {...invalidProps(state, "platform")}>
          <option value="">Choose</option>
          {platforms.keys.map((key) => (
            <option key={key} value={key}>
              {platforms.labels[key]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="groupName">Group or account name (optional)</label>
        <FieldError state={state} name="groupName" />
        <input id="groupName" name="groupName" {...invalidProps(state, "groupName")} />
      </div>
      <div className="field">
        <label htmlFor="seenOn">When (optional)</label>
        <FieldError state={state} name="seenOn" />
        <input id="seenOn" name="seenOn" type="date" {...invalidProps(state, "seenOn")} />
      </div>
      <div className="field">
        <label htmlFor="peopleInvolved">Who was involved, if known (optional)</label>
        <FieldError state={state} name="peopleInvolved" />
        <input id="peopleInvolved" name="peopleInvolved" {...invalidProps(state, "peopleInvolved")} />
      </div>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" name="confidential" /> Keep my identity confidential: only PSD supervisors will see who reported
        </label>
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Sending…" : "Send report"}
      </button>
    </form>
  );
}
