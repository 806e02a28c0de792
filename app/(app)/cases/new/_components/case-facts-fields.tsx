"use client";

import { useState } from "react";
import { Fieldset, optionsOf, SelectField, TextareaField, TextField } from "@/components/ui/field";
import { channels, contentTypes, devices, matterTypes, platforms, sources, type Channel } from "@/lib/vocabulary";
import type { Errors } from "../_lib/intake-draft";

/** "What happened": the case's own fields, posted under the names the server parses. */
export function CaseFactsFields({ today, errors }: { today: string; errors: Errors }) {
  const [channel, setChannel] = useState<Channel | "">("");
  const error = (id: string) => errors[id]?.join(" ");
  const choose = (name: string, label: string, vocabulary: { keys: readonly string[]; labels: Record<string, string> }) => (
    <SelectField name={name} label={label} error={error(name)} defaultValue="" placeholder="Choose" options={optionsOf(vocabulary)} />
  );
  return (
    <Fieldset legend="What happened" legendClassName="govuk-fieldset__legend--m">
      <TextareaField
        name="summary"
        label="Summary"
        hint="What was shared, where and by whom, as reported. No more personal detail than needed."
        error={error("summary")}
        rows={4}
      />
      <div className="app-field-row">
        <TextField name="recordedOn" label="Date recorded" type="date" defaultValue={today} max={today} error={error("recordedOn")} />
        <TextField name="incidentOn" label="Date of the incident (if known)" type="date" max={today} error={error("incidentOn")} />
      </div>
      <SelectField
        name="matterType"
        label="Type of matter"
        hint="A conduct matter unless a member of the public complained (Police Reform Act 2002, Schedule 3)."
        error={error("matterType")}
        defaultValue="conduct_matter"
        options={optionsOf(matterTypes)}
      />
      {choose("source", "How it came to notice", sources)}
      {choose("platform", "Platform", platforms)}
      <SelectField
        name="channel"
        label="Channel"
        error={error("channel")}
        value={channel}
        onChange={(e) => setChannel(e.target.value as Channel | "")}
        placeholder="Choose"
        options={optionsOf(channels)}
      />
      {channel === "group_chat" ? (
        <TextField name="groupSize" label="Members of the group chat" inputMode="numeric" width="5" error={error("groupSize")} />
      ) : null}
      {choose("contentType", "Type of content", contentTypes)}
      {choose("device", "Device used", devices)}
    </Fieldset>
  );
}
