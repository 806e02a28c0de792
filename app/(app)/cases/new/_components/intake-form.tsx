"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { caseIntakeSchema, MAX_SUBJECTS } from "@/lib/validation/cases";
import { channels, contentTypes, devices, platforms, ranks, sources, type Channel } from "@/lib/vocabulary";
import { createCaseAction } from "../../actions";

type Rank = (typeof ranks.keys)[number];

interface SubjectDraft {
  key: number;
  personId?: number;
  known?: { name: string; serviceNumber: string };
  serviceNumber: string;
  name: string;
  rank: Rank | "";
  allegation: string;
}

interface FoundPerson {
  id: number;
  serviceNumber: string;
  name: string;
  rank: Rank;
  unit: string | null;
  status: string;
}

type Errors = Record<string, string[]>;

function Field({ id, label, hint, errors, children }: { id: string; label: string; hint?: string; errors: Errors; children: React.ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? <p className="govuk-hint">{hint}</p> : null}
      {errors[id] ? (
        <p className="govuk-error-message" id={`${id}-error`}>
          <span className="govuk-visually-hidden">Error: </span>
          {errors[id].join(" ")}
        </p>
      ) : null}
      {children}
    </div>
  );
}

const invalid = (errors: Errors, id: string) => (errors[id] ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {});

function Choose({ id, label, options, errors, value, onChange }: { id: string; label: string; options: { keys: readonly string[]; labels: Record<string, string> }; errors: Errors; value?: string; onChange?: (v: string) => void }) {
  return (
    <Field id={id} label={label} errors={errors}>
      <select id={id} name={id} defaultValue={onChange ? undefined : ""} value={onChange ? value : undefined} onChange={onChange ? (e) => onChange(e.target.value) : undefined} {...invalid(errors, id)}>
        <option value="">Choose</option>
        {options.keys.map((key) => (
          <option key={key} value={key}>
            {options.labels[key]}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * Intake of a new case. The form checks itself with the same zod schema the server
 * uses, so a person sees every problem at once, by field, before anything is sent.
 */
export function IntakeForm({ today }: { today: string }) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(createCaseAction, null);
  const [clientErrors, setClientErrors] = useState<{ message: string; fieldErrors: Errors } | null>(null);
  const [channel, setChannel] = useState<Channel | "">("");
  const [subjects, setSubjects] = useState<SubjectDraft[]>([]);
  const [search, setSearch] = useState("");
  const [found, setFound] = useState<FoundPerson[] | null>(null);
  const [searchMessage, setSearchMessage] = useState("");
  const nextKey = useRef(1);
  const summaryRef = useRef<HTMLDivElement>(null);

  const serverErrors = state && !state.ok ? { message: state.error, fieldErrors: state.fieldErrors ?? {} } : null;
  const problem = clientErrors ?? serverErrors;
  const errors: Errors = problem?.fieldErrors ?? {};

  useEffect(() => {
    if (state?.ok) router.push(`/cases/${(state.data as { ref: string }).ref}`);
    else if (state) summaryRef.current?.focus();
  }, [state, router]);
  useEffect(() => {
    if (clientErrors) summaryRef.current?.focus();
  }, [clientErrors]);

  const update = (key: number, change: Partial<SubjectDraft>) => setSubjects((list) => list.map((s) => (s.key === key ? { ...s, ...change } : s)));
  const addNew = () => setSubjects((list) => [...list, { key: nextKey.current++, serviceNumber: "", name: "", rank: "", allegation: "" }]);
  const addKnown = (person: FoundPerson) => {
    setSubjects((list) =>
      list.some((s) => s.personId === person.id)
        ? list
        : [...list, { key: nextKey.current++, personId: person.id, known: { name: person.name, serviceNumber: person.serviceNumber }, serviceNumber: "", name: "", rank: person.rank, allegation: "" }],
    );
    setSearchMessage(`${person.name} added as subject officer.`);
  };

  async function findPeople() {
    setFound(null);
    if (search.trim().length < 2) {
      setSearchMessage("Type at least 2 characters of a name or service number.");
      return;
    }
    setSearchMessage("Searching…");
    const response = await fetch(`/api/people?q=${encodeURIComponent(search.trim())}`);
    const body = (await response.json().catch(() => ({}))) as { people?: FoundPerson[]; error?: string };
    if (!response.ok) {
      setSearchMessage(body.error ?? "The search did not work. Try again.");
      return;
    }
    setFound(body.people ?? []);
    setSearchMessage(body.people?.length ? `${body.people.length} found.` : "Nobody found. Check the spelling, or add a new person below.");
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? "");
    const draftSubjects = subjects.map((s) =>
      s.personId ? { personId: s.personId, rank: s.rank, allegation: s.allegation } : { serviceNumber: s.serviceNumber, name: s.name, rank: s.rank, allegation: s.allegation },
    );
    const input = {
      summary: value("summary"),
      source: value("source"),
      platform: value("platform"),
      channel: value("channel"),
      groupSize: value("groupSize"),
      contentType: value("contentType"),
      device: value("device"),
      incidentOn: value("incidentOn"),
      recordedOn: value("recordedOn"),
    };
    const checked = caseIntakeSchema.safeParse({ ...input, groupSize: input.groupSize || undefined, incidentOn: input.incidentOn || undefined, subjects: draftSubjects });
    if (!checked.success) {
      const fieldErrors: Errors = {};
      for (const issue of checked.error.issues) {
        const id = issue.path.length > 0 ? issue.path.join(".") : "form";
        (fieldErrors[id] ??= []).push(issue.message);
      }
      setClientErrors({ message: "Check the highlighted fields.", fieldErrors });
      return;
    }
    setClientErrors(null);
    const data = new FormData();
    for (const [key, v] of Object.entries(input)) data.set(key, v);
    data.set("subjects", JSON.stringify(draftSubjects));
    startTransition(() => dispatch(data));
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="New case">
      {problem ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <h2 className="govuk-heading-m">There is a problem</h2>
          <p className="govuk-error-message">{problem.message}</p>
          <ul>
            {Object.entries(problem.fieldErrors).map(([field, messages]) => (
              <li key={field}>
                <a href={`#${field === "subjects" ? "find-person" : field}`}>{messages.join(" ")}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <fieldset>
        <legend>What happened</legend>
        <Field id="summary" label="Summary" hint="What was shared, where and by whom, as reported. No more personal detail than needed." errors={errors}>
          <textarea id="summary" name="summary" rows={4} {...invalid(errors, "summary")} />
        </Field>
        <div className="field-row">
          <Field id="recordedOn" label="Date recorded" errors={errors}>
            <input id="recordedOn" name="recordedOn" type="date" defaultValue={today} max={today} {...invalid(errors, "recordedOn")} />
          </Field>
          <Field id="incidentOn" label="Date of the incident (if known)" errors={errors}>
            <input id="incidentOn" name="incidentOn" type="date" max={today} {...invalid(errors, "incidentOn")} />
          </Field>
        </div>
        <Choose id="source" label="How it came to notice" options={sources} errors={errors} />
        <Choose id="platform" label="Platform" options={platforms} errors={errors} />
        <Choose id="channel" label="Channel" options={channels} errors={errors} value={channel} onChange={(v) => setChannel(v as Channel | "")} />
        {channel === "group_chat" ? (
          <Field id="groupSize" label="Members of the group chat" errors={errors}>
            <input id="groupSize" name="groupSize" inputMode="numeric" {...invalid(errors, "groupSize")} />
          </Field>
        ) : null}
        <Choose id="contentType" label="Type of content" options={contentTypes} errors={errors} />
        <Choose id="device" label="Device used" options={devices} errors={errors} />
      </fieldset>

      <fieldset id="subjects">
        <legend>Subject officers ({subjects.length})</legend>
        {errors.subjects ? <p className="govuk-error-message">{errors.subjects.join(" ")}</p> : null}
        <div className="field">
          <label htmlFor="find-person">Find an officer by name or service number</label>
          <div className="app-inline-form">
            <input
              id="find-person"
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  void findPeople();
                }
              }}
            />
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void findPeople()}>
              Search
            </button>
          </div>
          <p role="status" className="govuk-hint">
            {searchMessage}
          </p>
          {found && found.length > 0 ? (
            <ul className="found-people">
              {found.map((person) => (
                <li key={person.id}>
                  <button type="button" className="app-link-button" onClick={() => addKnown(person)}>
                    Add {person.name} ({person.serviceNumber}, {ranks.labels[person.rank]}
                    {person.unit ? `, ${person.unit}` : ""}
                    {person.status === "left" ? ", left the force" : ""})
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={addNew} disabled={subjects.length >= MAX_SUBJECTS}>
            Add a person not on record
          </button>
        </p>
        <ol className="subject-drafts">
          {subjects.map((s, index) => {
            const p = `subjects.${index}.`;
            return (
              <li key={s.key} className="card">
                <h3 className="govuk-heading-s">{s.known ? `${s.known.name} (${s.known.serviceNumber})` : `New person ${index + 1}`}</h3>
                {!s.known ? (
                  <div className="field-row">
                    <Field id={`${p}serviceNumber`} label="Service number" errors={errors}>
                      <input id={`${p}serviceNumber`} value={s.serviceNumber} onChange={(e) => update(s.key, { serviceNumber: e.target.value })} {...invalid(errors, `${p}serviceNumber`)} />
                    </Field>
                    <Field id={`${p}name`} label="Full name" errors={errors}>
                      <input id={`${p}name`} value={s.name} onChange={(e) => update(s.key, { name: e.target.value })} {...invalid(errors, `${p}name`)} />
                    </Field>
                  </div>
                ) : errors[`${p}personId`] ? (
                  <p className="govuk-error-message">{errors[`${p}personId`]!.join(" ")}</p>
                ) : null}
                <Field id={`${p}rank`} label="Rank at the time" errors={errors}>
                  <select id={`${p}rank`} value={s.rank} onChange={(e) => update(s.key, { rank: e.target.value as Rank })} {...invalid(errors, `${p}rank`)}>
                    <option value="">Choose</option>
                    {ranks.keys.map((key) => (
                      <option key={key} value={key}>
                        {ranks.labels[key]}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field id={`${p}allegation`} label="Allegation against this officer (optional)" errors={errors}>
                  <textarea id={`${p}allegation`} rows={2} value={s.allegation} onChange={(e) => update(s.key, { allegation: e.target.value })} />
                </Field>
                <button type="button" className="app-link-button" onClick={() => setSubjects((list) => list.filter((x) => x.key !== s.key))}>
                  Remove {s.known?.name ?? `new person ${index + 1}`}
                </button>
              </li>
            );
          })}
        </ol>
      </fieldset>

      <button type="submit" className="govuk-button" disabled={pending}>
        {pending ? "Recording…" : "Record the case"}
      </button>
    </form>
  );
}
