/** The fields a work program's items are proposed in (Lâm Đồng: "theo từng ngành, lĩnh vực"). */
export const TASK_SECTORS = [
  'E_GOVERNMENT',
  'DIGITAL_ECONOMY',
  'DIGITAL_SOCIETY',
  'EDUCATION',
  'HEALTH',
  'INFRASTRUCTURE',
  'CYBERSECURITY',
  'SCIENCE_INNOVATION',
  'OTHER',
] as const;
export type TaskSectorName = (typeof TASK_SECTORS)[number];
