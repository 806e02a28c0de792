import { Section } from "@/components/ui/section";
import { formatDateTime } from "@/lib/format";
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
              <div className="govuk-task-list__name-and-hint">
                {task.kind === "advisory_list_notification" ? (
                  <>
                    Report {officer} to the College of Policing for the advisory list, due by {task.dueOn} (before the end of 5 working days beginning with the
                    day they left under investigation, SI 2017/1135 reg 12(1)).
                  </>
                ) : (
                  <>
                    Report {officer} to the College of Policing for the barred list, due by {task.dueOn} (before the end of 5 working days beginning with the
                    outcome date, SI 2017/1135 reg 3(1)).
                  </>
                )}
              </div>
              <div className="govuk-task-list__status">
                {overdue ? <strong className="govuk-tag govuk-tag--orange">Overdue</strong> : null}{" "}
                {task.completedAt ? (
                  <strong>Done {formatDateTime(task.completedAt)}.</strong>
                ) : canDecide ? (
                  <CompleteTaskButton
                    caseRef={caseRef}
                    taskId={task.id}
                    label={`Mark the ${task.kind === "advisory_list_notification" ? "advisory" : "barred"}-list report for ${officer} done`}
                  />
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
