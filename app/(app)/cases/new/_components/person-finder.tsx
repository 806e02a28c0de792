"use client";

import { useState } from "react";
import { Field } from "@/components/ui/field";
import { ranks } from "@/lib/vocabulary";
import type { FoundPerson } from "../_lib/intake-draft";

/** Finds officers on record by name or service number (`/api/people`) and offers each to add as a subject. */
export function PersonFinder({ onAdd }: { onAdd: (person: FoundPerson) => void }) {
  const [search, setSearch] = useState("");
  const [found, setFound] = useState<FoundPerson[] | null>(null);
  const [message, setMessage] = useState("");

  async function findPeople() {
    setFound(null);
    if (search.trim().length < 2) {
      setMessage("Type at least 2 characters of a name or service number.");
      return;
    }
    setMessage("Searching…");
    const response = await fetch(`/api/people?q=${encodeURIComponent(search.trim())}`);
    const body = (await response.json().catch(() => ({}))) as { people?: FoundPerson[]; error?: string };
    if (!response.ok) {
      setMessage(body.error ?? "The search did not work. Try again.");
      return;
    }
    setFound(body.people ?? []);
    setMessage(body.people?.length ? `${body.people.length} found.` : "Nobody found. Check the spelling, or add a new person below.");
  }

  const add = (person: FoundPerson) => {
    onAdd(person);
    setMessage(`${person.name} added as subject officer.`);
  };

  return (
    <>
      <Field name="find-person" label="Find an officer by name or service number">
        {(control) => (
          <div className="app-search">
            <input
              {...control}
              className="govuk-input govuk-input--width-20"
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
        )}
      </Field>
      <p role="status" className="govuk-hint">
        {message}
      </p>
      {found && found.length > 0 ? (
        <ul className="govuk-list">
          {found.map((person) => (
            <li key={person.id}>
              <button type="button" className="app-link-button" onClick={() => add(person)}>
                Add {person.name} ({person.serviceNumber}, {ranks.labels[person.rank]}
                {person.unit ? `, ${person.unit}` : ""}
                {person.status === "left" ? ", left the force" : ""})
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
