import { FormStatus, type FormState } from "@/components/ui/form-status";

/** What each form about one member of a group sends and shows first: the refusal, and which member at which version. */
export function MemberFormHead({
  state,
  idPrefix,
  groupId,
  member,
}: {
  state: FormState;
  idPrefix: string;
  groupId: number;
  member: { id: number; version: number };
}) {
  return (
    <>
      <FormStatus state={state} idPrefix={idPrefix} />
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="memberId" value={member.id} />
      <input type="hidden" name="version" value={member.version} />
    </>
  );
}
