"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { createChatGroupFromExport, linkGroupToCase, setMemberPart, setMemberPerson } from "@/db/queries/chat-groups";
import { validatedAction } from "@/server/actions/validated-action";
import { groupParts } from "@/lib/vocabulary";
import {
  createChatGroupSchema,
  linkEvidenceToMessageSchema,
  linkGroupToCaseSchema,
  setMemberPartSchema,
  setMemberPersonSchema,
} from "@/lib/validation/chat-groups";
import { linkEvidenceToMessage } from "@/db/queries/evidence-chat-links";

// Nothing is revalidated: the form opens the new group's page itself, and a refreshed
// form page would show "already recorded" in its place before it could.
export const createChatGroupAction = validatedAction("cases:work", createChatGroupSchema, async (input, user) => {
  const { id } = await createChatGroupFromExport(await getDb(), user, input);
  return { data: { id }, message: `Group “${input.name}” recorded with ${input.members.length} members.` };
});

export const setMemberPartAction = validatedAction("cases:work", setMemberPartSchema, async (input, user) => {
  const { displayName } = await setMemberPart(await getDb(), user, input);
  revalidatePath(`/chat-groups/${input.groupId}`);
  return { data: null, message: `${displayName}: ${input.part ? groupParts.labels[input.part].toLowerCase() : "part not recorded"}.` };
});

export const setMemberPersonAction = validatedAction("cases:work", setMemberPersonSchema, async (input, user) => {
  const { displayName } = await setMemberPerson(await getDb(), user, input);
  revalidatePath(`/chat-groups/${input.groupId}`);
  return { data: null, message: `Who ${displayName} is was recorded.` };
});

export const linkGroupToCaseAction = validatedAction("cases:work", linkGroupToCaseSchema, async (input, user) => {
  const { name, ref } = await linkGroupToCase(await getDb(), user, input);
  revalidatePath(`/chat-groups/${input.groupId}`);
  revalidatePath(`/cases/${ref}`);
  return {
    data: null,
    message: `“${name}” is now linked to ${ref} too: its members and their parts show on that case, and its bystander decisions are asked there.`,
  };
});

export const linkEvidenceToMessageAction = validatedAction("cases:work", linkEvidenceToMessageSchema, async (input, user) => {
  const { fileName, displayName } = await linkEvidenceToMessage(await getDb(), user, input);
  revalidatePath(`/chat-groups/${input.groupId}`);
  return { data: null, message: `Recorded: ${fileName} shows a message by ${displayName}.` };
});
