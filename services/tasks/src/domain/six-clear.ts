/**
 * The "6 clear" rule of the steering committee: clear person, clear task, clear responsibility,
 * clear deadline, clear result, clear authority. A task without any of them is not assigned.
 */
export interface AssignmentDraft {
  assigneeId?: string | null;
  title?: string | null;
  unitId?: string | null;
  coordinatingUnitIds?: string[] | null;
  dueDate?: string | null;
  expectedResult?: string | null;
  authority?: string | null;
}

export interface MissingField {
  field: string;
  message: string;
}

const blank = (value: string | null | undefined) => !value || value.trim() === '';

export function missingClearFields(draft: AssignmentDraft): MissingField[] {
  const missing: MissingField[] = [];
  if (blank(draft.assigneeId))
    missing.push({ field: 'assigneeId', message: 'Clear person: choose who is in charge of the task.' });
  if (blank(draft.title)) missing.push({ field: 'title', message: 'Clear task: give the task a title.' });
  if (blank(draft.unitId))
    missing.push({ field: 'unitId', message: 'Clear responsibility: choose the unit that leads the task.' });
  if (blank(draft.dueDate)) missing.push({ field: 'dueDate', message: 'Clear deadline: give the due date.' });
  if (blank(draft.expectedResult))
    missing.push({ field: 'expectedResult', message: 'Clear result: say what result is expected.' });
  if (blank(draft.authority))
    missing.push({ field: 'authority', message: 'Clear authority: say who decides and accepts the result.' });
  return missing;
}

/** Coordinating units share the responsibility; the lead unit is never listed among them twice. */
export function coordinatingUnits(leadUnitId: string, ids: string[] | null | undefined): string[] {
  return [...new Set((ids ?? []).map(String))].filter((id) => id !== String(leadUnitId));
}
