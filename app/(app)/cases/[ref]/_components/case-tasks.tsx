import { Section } from "@/components/ui/section";
import { describeTask, taskShortName } from "@/lib/conduct/clock-tasks";
import { formatDate, formatDateTime } from "@/lib/format";
import type { CaseView } from "../_lib/case-view";
import { CompleteTaskButton } from "./case-work-forms";

/** What the regulations' clocks require of the department on this case, in GOV.UK's task list. */
export function CaseTasks({
  caseRef,
  tasks,
  subjectNames,
  today,
  canDecide,
}: {
  caseRef: string;
  tasks: CaseView["tasks"];
  subjectNames: Map<number, string>;
  today: string;
  canDecide: boolean;
}) {
  if (tasks.length === 0) return null;
  return (
    <Section title="Tasks" id="tasks-title">
      <ul className="govuk-task-list">
        {tasks.map((task) => {
          const officer = subjectNames.get(task.subjectId) ?? "the officer";
          const overdue = !task.completedAt && task.dueOn < today;
          return (
            <li key={task.id} className="govuk-task-list__item">
              <div className="govuk-task-list__name-and-hint">{describeTask(task.kind, officer, formatDate(task.dueOn))}</div>
              <div className="govuk-task-list__status">
                {overdue ? <strong className="govuk-tag govuk-tag--orange">Overdue</strong> : null}{" "}
                {task.completedAt ? (
                  <strong>Done {formatDateTime(task.completedAt)}.</strong>
                ) : canDecide ? (
                  <CompleteTaskButton caseRef={caseRef} taskId={task.id} label={`Mark the ${taskShortName(task.kind)} for ${officer} done`} />
                ) : (
                  "Open."
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
