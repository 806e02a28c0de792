import type { Permission } from "@/lib/permissions";

/**
 * Each server action's permission, as the authorisation suite (e2e/authz.spec.ts) and
 * the hostile-input test expect it: a new action this table does not name fails both.
 */
export const actionPermissions: Record<string, Permission> = {
  createUserAction: "users:manage",
  changeRoleAction: "users:manage",
  setDisabledAction: "users:manage",
  resetPasswordAction: "users:manage",
  endSessionsAction: "users:manage",
  grantCaseAccessAction: "case-access:grant",
  revokeCaseAccessAction: "case-access:grant",
  approveCaseAccessAction: "case-access:grant",
  recordFindingAction: "cases:decide",
  recordIopcReferralAction: "cases:decide",
  recordIopcModeAction: "cases:decide",
  createFoiRequestAction: "foi:manage",
  updateFoiRequestAction: "foi:manage",
  publishTableAction: "statistics:build",
  submitReportAction: "reports:create",
  convertReportAction: "reports:convert",
  closeReportNoFurtherActionAction: "reports:convert",
  linkReportToCaseAction: "reports:convert",
  markReportDuplicateAction: "reports:convert",
  requestReportInformationAction: "reports:convert",
  // Open to every role at the door; the query lets only the report's own reporter answer.
  answerReportAction: "reports:create",
  createCaseAction: "cases:create",
  subjectStepAction: "cases:work",
  startAssessmentsAction: "cases:work",
  addNoteAction: "cases:work",
  addSubjectAction: "cases:work",
  decideBystanderAction: "cases:work",
  recordCriminalProceedingsAction: "cases:work",
  recordMeasureAction: "cases:decide",
  removeSubjectAction: "cases:work",
  editCaseDetailsAction: "cases:work",
  linkCaseAction: "cases:work",
  assignCaseAction: "cases:assign",
  completeTaskAction: "cases:decide",
  requestAppPermissionAction: "app-permissions:request",
  markNotificationsReadAction: "notifications:read",
  // Open to every role at the door; the query lets only the requester's line manager or a supervisor decide (e2e/policies.spec.ts).
  decideAppPermissionAction: "app-permissions:request",
  revokeAppPermissionAction: "app-permissions:request",
  drawSampleAction: "spot-checks:manage",
  openWithCauseCheckAction: "spot-checks:manage",
  recordSpotCheckOutcomeAction: "spot-checks:manage",
  createChatGroupAction: "cases:work",
  setMemberPartAction: "cases:work",
  setMemberPersonAction: "cases:work",
};
