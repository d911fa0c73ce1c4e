/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  join__DirectiveArguments: { input: any; output: any; }
  join__FieldSet: { input: any; output: any; }
  link__Import: { input: any; output: any; }
};

export type AcceptanceInput = {
  /** A link to the signed scan (http/https). */
  scanUrl?: InputMaybe<Scalars['String']['input']>;
  /** Who signed for the recipient, usually the team leader. */
  signedById: Scalars['ID']['input'];
  signedOn: Scalars['Date']['input'];
};

export type AddCommitteeDocumentInput = {
  committeeId: Scalars['ID']['input'];
  issuedOn: Scalars['Date']['input'];
  kind: CommitteeDocumentKind;
  number: Scalars['String']['input'];
  /** DRAFT (the default) goes to the members for comment; ISSUED registers a signed document. */
  status?: InputMaybe<CommitteeDocumentStatus>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type AddSupportPointInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  openingHours?: InputMaybe<Scalars['String']['input']>;
  partner?: InputMaybe<Scalars['String']['input']>;
  /** Where it stands; the campaign's unit when empty. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type AddVolunteerInput = {
  campaignId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  /** The support point the volunteer serves at. */
  pointId?: InputMaybe<Scalars['ID']['input']>;
  role: Scalars['String']['input'];
};

/** GIAY_KHEN (Giấy khen) or BANG_KHEN (Bằng khen). */
export type AwardKind =
  | 'BANG_KHEN'
  | 'GIAY_KHEN';

export type CampaignMetricInput = {
  aggregation: MetricAggregation;
  baseline?: InputMaybe<Scalars['Float']['input']>;
  code: Scalars['String']['input'];
  /** The metric counts people (priority groups may be given). */
  countsPeople?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  target?: InputMaybe<Scalars['Float']['input']>;
  unitOfMeasure: Scalars['String']['input'];
};

/** By the campaign's dates, Vietnam time. */
export type CampaignStatus =
  | 'CLOSED'
  | 'PLANNED'
  | 'RUNNING';

export type CertificateIssuerInput = {
  issuingBody: Scalars['String']['input'];
  parentBody?: InputMaybe<Scalars['String']['input']>;
  place: Scalars['String']['input'];
  signerName: Scalars['String']['input'];
  signerTitle: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
  /** The version you edited; a stale one is a CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type CommitteeDocumentKind =
  | 'ASSIGNMENT_NOTICE'
  | 'DECISION'
  | 'OTHER'
  | 'REGULATION'
  | 'REPORT'
  | 'WORKING_RULES'
  | 'WORK_PROGRAM';

/** DRAFT (out for comment) → ISSUED. */
export type CommitteeDocumentStatus =
  | 'DRAFT'
  | 'ISSUED';

/** A conclusion and, as far as the meeting said, the six clears of its task. */
export type ConclusionInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  authority?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  expectedResult?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** What to change from the conclusion’s draft when it becomes a task; absent fields come from the conclusion. */
export type ConclusionTaskInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  authority?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  expectedResult?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<TaskSector>;
  title?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  workProgramId?: InputMaybe<Scalars['ID']['input']>;
};

export type CorrectDonationInput = {
  donorId?: InputMaybe<Scalars['ID']['input']>;
  /** The corrected lines, all of them; stock follows the difference. */
  items?: InputMaybe<Array<DonationItemInput>>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Why it is corrected (kept with the record and in the audit). */
  reason: Scalars['String']['input'];
  receivedAt?: InputMaybe<Scalars['Date']['input']>;
};

/** In a classroom, online, or at a mobile digital-literacy point. */
export type CourseMode =
  | 'IN_PERSON'
  | 'MOBILE_POINT'
  | 'ONLINE';

export type CreateAccountInput = {
  password: Scalars['String']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
  roles: Array<Role>;
  /** The unit the roles are held for; empty for the whole tree (ADMIN only). */
  scopeUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Stored in NFKC and lower case; invisible characters are refused. */
  username: Scalars['String']['input'];
};

export type CreateAwardRoundInput = {
  awardKind?: InputMaybe<AwardKind>;
  closesAt: Scalars['Date']['input'];
  collectiveQuota?: InputMaybe<Scalars['Int']['input']>;
  criteria?: InputMaybe<Array<CriterionInput>>;
  individualQuota?: InputMaybe<Scalars['Int']['input']>;
  /** As printed, e.g. "UBND PHƯỜNG CỬA NAM". */
  issuingBody?: InputMaybe<Scalars['String']['input']>;
  /** The "Căn cứ ..." lines of the decision, one per line. */
  legalGrounds?: InputMaybe<Scalars['String']['input']>;
  /** Reviews each nomination needs before a decision (1..20). */
  minReviews?: InputMaybe<Scalars['Int']['input']>;
  occasion?: InputMaybe<Scalars['String']['input']>;
  opensAt: Scalars['Date']['input'];
  /** The unit whose committee runs the round; defaults to the caller's scope unit. */
  organizerUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** The place of the place-and-date line, e.g. "Cửa Nam". */
  place?: InputMaybe<Scalars['String']['input']>;
  signerName?: InputMaybe<Scalars['String']['input']>;
  /** e.g. "CHỦ TỊCH" */
  signerTitle?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CreateCampaignInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endsOn: Scalars['Date']['input'];
  metrics: Array<CampaignMetricInput>;
  /** Units taking part (teams, the police, the Youth Union...). */
  participatingUnitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
};

export type CreateCommitteeInput = {
  name: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
};

export type CreateCourseInput = {
  /** Who the course is for, in words. */
  audience?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  mode?: InputMaybe<CourseMode>;
  title: Scalars['String']['input'];
  /** The organising unit; the caller's own unit when empty. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateDonorInput = {
  contact?: InputMaybe<Scalars['String']['input']>;
  /** ORGANISATION, BUSINESS, INDIVIDUAL or SOCIAL_SOURCES. */
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type CreateIndicatorInput = {
  code: Scalars['String']['input'];
  denominatorLabel?: InputMaybe<Scalars['String']['input']>;
  higherIsBetter?: InputMaybe<Scalars['Boolean']['input']>;
  measure: IndicatorMeasure;
  name: Scalars['String']['input'];
  numeratorLabel?: InputMaybe<Scalars['String']['input']>;
  target?: InputMaybe<Scalars['Float']['input']>;
  unitOfMeasure: Scalars['String']['input'];
};

export type CreatePersonInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  fullName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['String']['input']>;
  unitId: Scalars['ID']['input'];
};

/** A new task. All six clears are required: assignee, title, unit, due date, expected result, authority. */
export type CreateTaskInput = {
  assigneeId: Scalars['ID']['input'];
  authority?: InputMaybe<Scalars['String']['input']>;
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Units that coordinate (share the responsibility). */
  coordinatingUnitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate: Scalars['Date']['input'];
  expectedResult: Scalars['String']['input'];
  /** Makes this a sub-task; its progress rolls up into the parent. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<TaskPriority>;
  /** The field of a work-program item. */
  sector?: InputMaybe<TaskSector>;
  sourceDocument?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  /** The lead unit. */
  unitId: Scalars['ID']['input'];
  /** The work program this task is an item of. */
  workProgramId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateUnitInput = {
  code: Scalars['String']['input'];
  kind: UnitKind;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateWorkProgramInput = {
  committeeId: Scalars['ID']['input'];
  /** The document that issued the program. */
  documentId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type CriterionInput = {
  name: Scalars['String']['input'];
  weight: Scalars['Int']['input'];
};

export type CriterionScoreInput = {
  criterionId: Scalars['ID']['input'];
  score: Scalars['Int']['input'];
};

export type DistributeInput = {
  fromUnitId?: InputMaybe<Scalars['ID']['input']>;
  handedOverAt: Scalars['Date']['input'];
  handedOverById?: InputMaybe<Scalars['ID']['input']>;
  /** What each team receives, e.g. one COMPUTER, one PRINTER, one FURNITURE_SET. */
  itemsPerTeam: Array<HandoverItemInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  teams: Array<TeamRecipientInput>;
  witnessId?: InputMaybe<Scalars['ID']['input']>;
};

export type DonationItemInput = {
  category: ItemCategory;
  /** NEW when not given. */
  condition?: InputMaybe<ItemCondition>;
  description: Scalars['String']['input'];
  /** Of the whole line, in đồng. */
  estimatedValueVnd?: InputMaybe<Scalars['Int']['input']>;
  quantity: Scalars['Int']['input'];
  serialNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A voided donation took its items back out of stock; its record is kept. */
export type DonationStatus =
  | 'ACTIVE'
  | 'VOIDED';

/** The values Donor.kind takes. */
export type DonorKind =
  | 'BUSINESS'
  | 'INDIVIDUAL'
  | 'ORGANISATION'
  | 'SOCIAL_SOURCES';

export type EnrolmentStatus =
  | 'ATTENDED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ENROLLED'
  | 'NO_SHOW'
  | 'WAITLISTED';

export type EquipmentEventKind =
  | 'DONATION_VOIDED'
  | 'HANDED_OVER'
  | 'HANDOVER_VOIDED'
  | 'RECEIVED'
  | 'RETURNED'
  | 'TRANSFERRED'
  | 'WRITTEN_OFF';

/** Where a piece is: in a store, with a team, or gone. */
export type EquipmentStatus =
  | 'HANDED_OVER'
  | 'IN_STORE'
  | 'VOIDED'
  | 'WRITTEN_OFF';

export type HandOverInput = {
  /** The store to take from; defaults to the nearest store above the recipient that keeps the items. */
  fromUnitId?: InputMaybe<Scalars['ID']['input']>;
  handedOverAt: Scalars['Date']['input'];
  /** Who handed over; defaults to the caller's own person. */
  handedOverById?: InputMaybe<Scalars['ID']['input']>;
  items: Array<HandoverItemInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  receivedById?: InputMaybe<Scalars['ID']['input']>;
  recipientUnitId: Scalars['ID']['input'];
  /** One per opened form: the same key twice returns the first record instead of writing another. */
  requestKey?: InputMaybe<Scalars['String']['input']>;
  witnessId?: InputMaybe<Scalars['ID']['input']>;
};

export type HandoverItemInput = {
  category: ItemCategory;
  /** The picked pieces' condition when not given. */
  condition?: InputMaybe<ItemCondition>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Of the whole line, in đồng; the picked pieces' values when not given. */
  estimatedValueVnd?: InputMaybe<Scalars['Int']['input']>;
  quantity: Scalars['Int']['input'];
  serialNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A voided handover returned its items to stock; its record is kept. */
export type HandoverStatus =
  | 'ACTIVE'
  | 'VOIDED';

/** COUNT: a number per month; PERCENT: numerator / denominator. */
export type IndicatorMeasure =
  | 'COUNT'
  | 'PERCENT';

/** Issues a draft: the number, date and signed file as issued (absent ones stay as drafted). */
export type IssueCommitteeDocumentInput = {
  id: Scalars['ID']['input'];
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** What kind of equipment a line is. */
export type ItemCategory =
  | 'COMPUTER'
  | 'FURNITURE_SET'
  | 'NETWORK_EQUIPMENT'
  | 'OTHER'
  | 'PHONE'
  | 'PRINTER';

/** The state of a piece: new, good, used, damaged. */
export type ItemCondition =
  | 'DAMAGED'
  | 'GOOD'
  | 'NEW'
  | 'USED';

/** SUM: daily figures add up (citizens helped). LATEST: the most recent figure counts (a share in %). */
export type MetricAggregation =
  | 'LATEST'
  | 'SUM';

export type MovementLineInput = {
  category: ItemCategory;
  quantity: Scalars['Int']['input'];
  serialNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type NominateInput = {
  achievements: Scalars['String']['input'];
  /** The wording for the certificate ("thành tích xuất sắc trong ..."); the first sentence of the achievements when empty. */
  citation?: InputMaybe<Scalars['String']['input']>;
  /** Links to documents, photos or reports that back the achievements. */
  evidenceLinks?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The unit that nominates; defaults to the caller's own unit. */
  nominatingUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** An individual: the person nominated. */
  nomineePersonId?: InputMaybe<Scalars['ID']['input']>;
  /** A collective: the unit nominated. Give this or nomineePersonId. */
  nomineeUnitId?: InputMaybe<Scalars['ID']['input']>;
  roundId: Scalars['ID']['input'];
};

/** A collective is a unit; an individual is a person. */
export type NominationKind =
  | 'COLLECTIVE'
  | 'INDIVIDUAL';

export type NominationOrder =
  | 'CREATED_ASC'
  | 'NAME_ASC'
  | 'SCORE_DESC';

/** DRAFT → SUBMITTED → APPROVED or REJECTED. */
export type NominationStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

/** What a notification is about. */
export type NotificationKind =
  | 'HANDOVER_RECORDED'
  | 'NOMINATION_RETURNED'
  | 'REVIEW_REQUESTED'
  | 'ROUND_CLOSING'
  | 'SEAT_OFFERED'
  | 'SESSION_CHANGED'
  | 'SESSION_REMINDER'
  | 'TASK_ASSIGNED'
  | 'TASK_DEADLINE_EXTENDED'
  | 'TASK_DUE_SOON'
  | 'TASK_OVERDUE';

export type NotificationPreferencesInput = {
  dailyDigest?: InputMaybe<Scalars['Boolean']['input']>;
  email?: InputMaybe<Scalars['Boolean']['input']>;
  inApp?: InputMaybe<Scalars['Boolean']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  mutedKinds?: InputMaybe<Array<NotificationKind>>;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

export type PriorityGroupInput = {
  disabled?: InputMaybe<Scalars['Int']['input']>;
  elderly?: InputMaybe<Scalars['Int']['input']>;
  poorHouseholds?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordDonationInput = {
  donorId: Scalars['ID']['input'];
  items: Array<DonationItemInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  receivedAt: Scalars['Date']['input'];
  /** One per opened form: the same key twice returns the first record instead of writing another. */
  requestKey?: InputMaybe<Scalars['String']['input']>;
  /** The unit whose store receives the items; defaults to the caller's scope unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** A unit's figures for a month; give `version` to correct figures already entered. */
export type RecordIndicatorValueInput = {
  denominator?: InputMaybe<Scalars['Int']['input']>;
  indicatorId: Scalars['ID']['input'];
  /** YYYY-MM */
  month: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  numerator: Scalars['Int']['input'];
  unitId: Scalars['ID']['input'];
  /** The version you are correcting; leave out for a first entry. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordMeetingInput = {
  agenda: Scalars['String']['input'];
  /** Members of the committee who attended. */
  attendeePersonIds: Array<Scalars['ID']['input']>;
  /** A member of the committee. */
  chairPersonId: Scalars['ID']['input'];
  committeeId: Scalars['ID']['input'];
  conclusions?: InputMaybe<Array<ConclusionInput>>;
  heldOn: Scalars['Date']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
};

export type RecordTallyInput = {
  campaignId: Scalars['ID']['input'];
  day: Scalars['Date']['input'];
  metricCode: Scalars['String']['input'];
  pointId?: InputMaybe<Scalars['ID']['input']>;
  priorityGroups?: InputMaybe<PriorityGroupInput>;
  unitId: Scalars['ID']['input'];
  value: Scalars['Float']['input'];
};

export type ReturnEquipmentInput = {
  reason?: InputMaybe<Scalars['String']['input']>;
  /** One per opened form: the same key twice returns the first record instead of writing another. */
  requestKey?: InputMaybe<Scalars['String']['input']>;
  returnedAt: Scalars['Date']['input'];
  serialNumbers: Array<Scalars['String']['input']>;
  teamUnitId: Scalars['ID']['input'];
  /** The store the pieces go back to; the caller's own by default. */
  toUnitId?: InputMaybe<Scalars['ID']['input']>;
};

/** A role is held for the scope unit and every unit below it. */
export type Role =
  | 'ADMIN'
  | 'AWARD_COMMITTEE'
  | 'COMMITTEE_MEMBER'
  | 'DONATIONS_OFFICER'
  | 'SECRETARIAT'
  | 'TRAINING_COORDINATOR'
  | 'VIEWER';

/** Whether a round takes nominations today (Vietnam time). */
export type RoundPhase =
  | 'CLOSED'
  | 'OPEN'
  | 'UPCOMING';

export type ScheduleSessionInput = {
  capacity: Scalars['Int']['input'];
  courseId: Scalars['ID']['input'];
  endsAt: Scalars['DateTime']['input'];
  location: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
  trainer?: InputMaybe<Scalars['String']['input']>;
};

/** SCHEDULED, or CANCELLED (with a reason; nobody can enrol). */
export type SessionStatus =
  | 'CANCELLED'
  | 'SCHEDULED';

export type SetTrainingTargetInput = {
  /** Only people of units of this kind count; empty: everyone. */
  audienceKind?: InputMaybe<UnitKind>;
  /** Only completions of this course count; empty: any course. */
  courseId?: InputMaybe<Scalars['ID']['input']>;
  dueDate: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  targetPercent: Scalars['Int']['input'];
  unitId: Scalars['ID']['input'];
};

export type StockMovementKind =
  | 'RETURN'
  | 'TRANSFER'
  | 'WRITE_OFF';

export type TaskFilter = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Due on or after this day. */
  dueFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Open tasks due from today to the end of this week (Sunday). */
  dueThisWeek?: InputMaybe<Scalars['Boolean']['input']>;
  /** Due on or before this day. */
  dueTo?: InputMaybe<Scalars['Date']['input']>;
  /** Open tasks due from today to today + N days. */
  dueWithinDays?: InputMaybe<Scalars['Int']['input']>;
  /** With unitId: also the tasks of the units below it. */
  includeSubunits?: InputMaybe<Scalars['Boolean']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** The sub-tasks of this task. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<TaskPriority>;
  /** Words in the title. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<TaskStatus>;
  /** Only top-level tasks (program items). */
  topLevelOnly?: InputMaybe<Scalars['Boolean']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  workProgramId?: InputMaybe<Scalars['ID']['input']>;
};

export type TaskOrder =
  | 'CREATED_DESC'
  | 'DUE_DATE_ASC'
  | 'DUE_DATE_DESC';

export type TaskPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL';

/** The field of a work-program item. */
export type TaskSector =
  | 'CYBERSECURITY'
  | 'DIGITAL_ECONOMY'
  | 'DIGITAL_SOCIETY'
  | 'EDUCATION'
  | 'E_GOVERNMENT'
  | 'HEALTH'
  | 'INFRASTRUCTURE'
  | 'OTHER'
  | 'SCIENCE_INNOVATION';

/** NOT_STARTED → IN_PROGRESS → DONE; a done task can be sent back; an open task can be CANCELLED (not counted by scorecards). */
export type TaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

/** A progress report, the completion, a send-back (REOPENED), an edit, a reassignment, an extension or a cancellation. */
export type TaskUpdateKind =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'EDITED'
  | 'EXTENDED'
  | 'PROGRESS'
  | 'REASSIGNED'
  | 'REOPENED';

export type TeamRecipientInput = {
  /** Who signs for the team, usually its leader. */
  receivedById?: InputMaybe<Scalars['ID']['input']>;
  /** The serials of the pieces this team receives (any of the categories it receives). */
  serialNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  unitId: Scalars['ID']['input'];
};

export type TransferStockInput = {
  /** The store the items leave; the caller's own by default. */
  fromUnitId?: InputMaybe<Scalars['ID']['input']>;
  items: Array<MovementLineInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** One per opened form: the same key twice returns the first record instead of writing another. */
  requestKey?: InputMaybe<Scalars['String']['input']>;
  toUnitId: Scalars['ID']['input'];
  transferredAt: Scalars['Date']['input'];
};

/** Where a unit sits in the administrative tree. */
export type UnitKind =
  | 'COMMUNE'
  | 'COMMUNITY_TEAM'
  | 'DEPARTMENT'
  | 'PROVINCE'
  | 'RESIDENTIAL_GROUP'
  | 'WARD';

export type UpdateAccountInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new password; leave empty to keep the current one. */
  password?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<Role>>;
  scopeUnitId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a round; fields left out stay as they are. */
export type UpdateAwardRoundInput = {
  awardKind?: InputMaybe<AwardKind>;
  /** A later day extends the round. */
  closesAt?: InputMaybe<Scalars['Date']['input']>;
  collectiveQuota?: InputMaybe<Scalars['Int']['input']>;
  individualQuota?: InputMaybe<Scalars['Int']['input']>;
  issuingBody?: InputMaybe<Scalars['String']['input']>;
  legalGrounds?: InputMaybe<Scalars['String']['input']>;
  minReviews?: InputMaybe<Scalars['Int']['input']>;
  occasion?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  signerName?: InputMaybe<Scalars['String']['input']>;
  signerTitle?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCourseInput = {
  audience?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  mode?: InputMaybe<CourseMode>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateDonorInput = {
  contact?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateNominationInput = {
  achievements?: InputMaybe<Scalars['String']['input']>;
  citation?: InputMaybe<Scalars['String']['input']>;
  evidenceLinks?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdatePersonInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a task; absent fields stay as they are. */
export type UpdateTaskInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  authority?: InputMaybe<Scalars['String']['input']>;
  coordinatingUnitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  expectedResult?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<TaskPriority>;
  /** The field of a work-program item. */
  sector?: InputMaybe<TaskSector>;
  sourceDocument?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateUnitInput = {
  name?: InputMaybe<Scalars['String']['input']>;
};

export type WriteOffInput = {
  /** The store; the caller's own by default. */
  fromUnitId?: InputMaybe<Scalars['ID']['input']>;
  items: Array<MovementLineInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  reason: WriteOffReason;
  /** One per opened form: the same key twice returns the first record instead of writing another. */
  requestKey?: InputMaybe<Scalars['String']['input']>;
  writtenOffAt: Scalars['Date']['input'];
};

/** Broken, lost, or returned to the donor. */
export type WriteOffReason =
  | 'BROKEN'
  | 'LOST'
  | 'RETURNED_TO_DONOR';

export type Join__Graph =
  | 'AWARDS'
  | 'CAMPAIGNS'
  | 'DIRECTORY'
  | 'DONATIONS'
  | 'NOTIFICATIONS'
  | 'TASKS'
  | 'TRAINING';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type UnitOptionsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<UnitKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UnitOptionsQuery = { units: { nodes: Array<{ id: string, code: string, name: string, kind: UnitKind, path: Array<string> }> } };

export type PeopleOfUnitQueryVariables = Exact<{
  unitId?: InputMaybe<Scalars['ID']['input']>;
  includeSubunits?: Scalars['Boolean']['input'];
}>;


export type PeopleOfUnitQuery = { people: { nodes: Array<{ id: string, fullName: string, position?: string | null, unit: { id: string } }> } };

export type DonationListQueryVariables = Exact<{
  donorId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DonationListQuery = { donations: { totalCount: number, nodes: Array<{ id: string, receivedAt: string, note?: string | null, donor: { id: string, name: string }, holder?: { id: string, name: string } | null, items: Array<{ category: ItemCategory, description: string, quantity: number, serialNumbers: Array<string>, estimatedValueVnd?: number | null }> }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type RecordDonationMutationVariables = Exact<{
  input: RecordDonationInput;
}>;


export type RecordDonationMutation = { recordDonation: { id: string } };

export type DonorFieldsFragment = { id: string, name: string, kind: string, contact?: string | null, version: number };

export type DonorListQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<DonorKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DonorListQuery = { donors: { totalCount: number, nodes: Array<{ id: string, name: string, kind: string, contact?: string | null, version: number }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type CreateDonorMutationVariables = Exact<{
  input: CreateDonorInput;
}>;


export type CreateDonorMutation = { createDonor: { id: string, name: string, kind: string, contact?: string | null, version: number } };

export type UpdateDonorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: UpdateDonorInput;
}>;


export type UpdateDonorMutation = { updateDonor: { id: string, name: string, kind: string, contact?: string | null, version: number } };

export type PieceFieldsFragment = { id: string, serial: string, category: ItemCategory, model: string, condition: ItemCondition, estimatedValueVnd?: number | null, status: EquipmentStatus, store?: { id: string, name: string } | null, team?: { id: string, name: string } | null };

export type StorePiecesQueryVariables = Exact<{
  storeUnitId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<ItemCategory>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type StorePiecesQuery = { equipmentPieces: { totalCount: number, nodes: Array<{ id: string, serial: string, category: ItemCategory, model: string, condition: ItemCondition, estimatedValueVnd?: number | null, status: EquipmentStatus, store?: { id: string, name: string } | null, team?: { id: string, name: string } | null }> } };

export type EquipmentHistoryQueryVariables = Exact<{
  serial: Scalars['String']['input'];
}>;


export type EquipmentHistoryQuery = { equipment?: { handoverRecordNo?: string | null, id: string, serial: string, category: ItemCategory, model: string, condition: ItemCondition, estimatedValueVnd?: number | null, status: EquipmentStatus, donor?: { id: string, name: string } | null, history: Array<{ kind: EquipmentEventKind, occurredOn: string, documentNo?: string | null, reason?: string | null, recordedBy?: string | null, from?: { id: string, name: string } | null, to?: { id: string, name: string } | null }>, store?: { id: string, name: string } | null, team?: { id: string, name: string } | null } | null };

export type TeamEquipmentQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
}>;


export type TeamEquipmentQuery = { teamEquipment: { holdings: Array<{ category: ItemCategory, quantity: number }>, pieces: Array<{ id: string, serial: string, category: ItemCategory, model: string, condition: ItemCondition, estimatedValueVnd?: number | null, status: EquipmentStatus, store?: { id: string, name: string } | null, team?: { id: string, name: string } | null }> } };

export type StockMovementListQueryVariables = Exact<{
  kind?: InputMaybe<StockMovementKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StockMovementListQuery = { stockMovements: { totalCount: number, nodes: Array<{ id: string, recordNo: string, kind: StockMovementKind, occurredOn: string, reason?: WriteOffReason | null, note?: string | null, from?: { id: string, name: string } | null, to?: { id: string, name: string } | null, lines: Array<{ category: ItemCategory, quantity: number, serialNumbers: Array<string> }> }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type TransferStockMutationVariables = Exact<{
  input: TransferStockInput;
}>;


export type TransferStockMutation = { transferStock: { id: string, recordNo: string } };

export type WriteOffStockMutationVariables = Exact<{
  input: WriteOffInput;
}>;


export type WriteOffStockMutation = { writeOffStock: { id: string, recordNo: string } };

export type ReturnEquipmentMutationVariables = Exact<{
  input: ReturnEquipmentInput;
}>;


export type ReturnEquipmentMutation = { returnEquipment: { id: string, recordNo: string } };

export type HandoverSummaryFragment = { id: string, recordNo: string, handedOverAt: string, status: HandoverStatus, voidReason?: string | null, recipient: { id: string, name: string }, receivedBy?: { id: string, fullName: string } | null, items: Array<{ category: ItemCategory, quantity: number }> };

export type HandoverListQueryVariables = Exact<{
  recipientUnitId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<HandoverStatus>;
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type HandoverListQuery = { handovers: { totalCount: number, nodes: Array<{ id: string, recordNo: string, handedOverAt: string, status: HandoverStatus, voidReason?: string | null, recipient: { id: string, name: string }, receivedBy?: { id: string, fullName: string } | null, items: Array<{ category: ItemCategory, quantity: number }> }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type HandoverRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HandoverRecordQuery = { handover?: { id: string, recordNo: string, handedOverAt: string, status: HandoverStatus, voidReason?: string | null, voidedAt?: string | null, note?: string | null, acceptedOn?: string | null, acceptanceScanUrl?: string | null, recipient: { id: string, name: string, code: string, parent?: { name: string } | null }, giver?: { id: string, name: string, kind: UnitKind } | null, acceptedBy?: { id: string, fullName: string, position?: string | null } | null, handedOverBy?: { id: string, fullName: string, position?: string | null } | null, receivedBy?: { id: string, fullName: string, position?: string | null } | null, witness?: { id: string, fullName: string, position?: string | null, unit: { name: string } } | null, items: Array<{ category: ItemCategory, description?: string | null, quantity: number, serialNumbers: Array<string>, condition?: ItemCondition | null, estimatedValueVnd?: number | null, pieces: Array<{ serial: string, model: string, condition: ItemCondition, estimatedValueVnd?: number | null }> }> } | null };

export type HandOverMutationVariables = Exact<{
  input: HandOverInput;
}>;


export type HandOverMutation = { handOver: { id: string, recordNo: string } };

export type VoidHandoverMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type VoidHandoverMutation = { voidHandover: { id: string, recordNo: string, handedOverAt: string, status: HandoverStatus, voidReason?: string | null, recipient: { id: string, name: string }, receivedBy?: { id: string, fullName: string } | null, items: Array<{ category: ItemCategory, quantity: number }> } };

export type DistributeToTeamsMutationVariables = Exact<{
  input: DistributeInput;
}>;


export type DistributeToTeamsMutation = { distributeToTeams: Array<{ id: string, recordNo: string, recipient: { id: string, name: string } }> };

export type RecordHandoverAcceptanceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AcceptanceInput;
}>;


export type RecordHandoverAcceptanceMutation = { recordHandoverAcceptance: { id: string, acceptedOn?: string | null, acceptanceScanUrl?: string | null, acceptedBy?: { id: string, fullName: string, position?: string | null } | null } };

export type DonationReportsQueryVariables = Exact<{
  unitId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DonationReportsQuery = { donationReportByRecipient: Array<{ category: ItemCategory, quantity: number, handovers: number, recipient: { id: string, name: string, code: string } }>, donationReportByDonor: Array<{ category: ItemCategory, quantity: number, donations: number, estimatedValueVnd: number, donor: { id: string, name: string, kind: string } }>, donationReportByCategory: Array<{ category: ItemCategory, received: number, handedOver: number, available: number, recipients: number, estimatedValueVnd: number }> };

export type DonationYearReportQueryVariables = Exact<{
  unitId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DonationYearReportQuery = { donationReportByYear: Array<{ year: number, received: number, donations: number, estimatedValueVnd: number, handedOver: number, handovers: number, recipients: number }> };

export type DonorThankYouLetterQueryVariables = Exact<{
  donorId: Scalars['ID']['input'];
}>;


export type DonorThankYouLetterQuery = { donorThankYouLetter: { estimatedValueVnd: number, donor: { id: string, name: string, kind: string }, donations: Array<{ id: string, receivedAt: string, holder?: { id: string, name: string } | null }>, given: Array<{ category: ItemCategory, quantity: number }>, placements: Array<{ category: ItemCategory, quantity: number, serialNumbers: Array<string>, team: { id: string, name: string } }> } };

export type StockFieldsFragment = { category: ItemCategory, received: number, handedOver: number, available: number, holder?: { id: string, name: string } | null };

export type StockQueryVariables = Exact<{
  unitId?: InputMaybe<Scalars['ID']['input']>;
  byStore?: Scalars['Boolean']['input'];
}>;


export type StockQuery = { stock: Array<{ category: ItemCategory, received: number, handedOver: number, available: number, holder?: { id: string, name: string } | null }> };

export type AvailableForQueryVariables = Exact<{
  recipientUnitId: Scalars['ID']['input'];
}>;


export type AvailableForQuery = { availableFor: Array<{ category: ItemCategory, received: number, handedOver: number, available: number, holder?: { id: string, name: string } | null }> };

export const DonorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DonorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Donor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DonorFieldsFragment, unknown>;
export const PieceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PieceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EquipmentPiece"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PieceFieldsFragment, unknown>;
export const HandoverSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoverSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNo"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<HandoverSummaryFragment, unknown>;
export const StockFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"handedOver"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StockFieldsFragment, unknown>;
export const UnitOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<UnitOptionsQuery, UnitOptionsQueryVariables>;
export const PeopleOfUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleOfUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSubunits"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSubunits"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSubunits"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleOfUnitQuery, PeopleOfUnitQueryVariables>;
export const DonationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DonationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"donorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"donorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"donorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueVnd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DonationListQuery, DonationListQueryVariables>;
export const RecordDonationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDonation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDonationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDonation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordDonationMutation, RecordDonationMutationVariables>;
export const DonorListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DonorList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DonorKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DonorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DonorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Donor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DonorListQuery, DonorListQueryVariables>;
export const CreateDonorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDonor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDonorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDonor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DonorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DonorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Donor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateDonorMutation, CreateDonorMutationVariables>;
export const UpdateDonorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDonor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDonorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDonor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DonorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DonorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Donor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateDonorMutation, UpdateDonorMutationVariables>;
export const StorePiecesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StorePieces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equipmentPieces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PieceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PieceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EquipmentPiece"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StorePiecesQuery, StorePiecesQueryVariables>;
export const EquipmentHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquipmentHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serial"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serial"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serial"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PieceFields"}},{"kind":"Field","name":{"kind":"Name","value":"handoverRecordNo"}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentNo"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PieceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EquipmentPiece"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EquipmentHistoryQuery, EquipmentHistoryQueryVariables>;
export const TeamEquipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamEquipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamEquipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pieces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PieceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PieceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EquipmentPiece"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TeamEquipmentQuery, TeamEquipmentQueryVariables>;
export const StockMovementListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockMovementList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StockMovementKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockMovements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StockMovementListQuery, StockMovementListQueryVariables>;
export const TransferStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNo"}}]}}]}}]} as unknown as DocumentNode<TransferStockMutation, TransferStockMutationVariables>;
export const WriteOffStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteOffStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeOffStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNo"}}]}}]}}]} as unknown as DocumentNode<WriteOffStockMutation, WriteOffStockMutationVariables>;
export const ReturnEquipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnEquipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnEquipmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnEquipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNo"}}]}}]}}]} as unknown as DocumentNode<ReturnEquipmentMutation, ReturnEquipmentMutationVariables>;
export const HandoverListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoverList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recipientUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handovers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recipientUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recipientUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoverSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoverSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNo"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<HandoverListQuery, HandoverListQueryVariables>;
export const HandoverRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoverRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNo"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"giver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceScanUrl"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handedOverBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"witness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"pieces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueVnd"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HandoverRecordQuery, HandoverRecordQueryVariables>;
export const HandOverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HandOver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandOverInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handOver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNo"}}]}}]}}]} as unknown as DocumentNode<HandOverMutation, HandOverMutationVariables>;
export const VoidHandoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoidHandover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidHandover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoverSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoverSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNo"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<VoidHandoverMutation, VoidHandoverMutationVariables>;
export const DistributeToTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DistributeToTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DistributeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributeToTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNo"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DistributeToTeamsMutation, DistributeToTeamsMutationVariables>;
export const RecordHandoverAcceptanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHandoverAcceptance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHandoverAcceptance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceScanUrl"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<RecordHandoverAcceptanceMutation, RecordHandoverAcceptanceMutationVariables>;
export const DonationReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DonationReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donationReportByRecipient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"handovers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donationReportByDonor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"donations"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueVnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donationReportByCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"handedOver"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueVnd"}}]}}]}}]} as unknown as DocumentNode<DonationReportsQuery, DonationReportsQueryVariables>;
export const DonationYearReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DonationYearReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donationReportByYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"donations"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"handedOver"}},{"kind":"Field","name":{"kind":"Name","value":"handovers"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}}]}}]}}]} as unknown as DocumentNode<DonationYearReportQuery, DonationYearReportQueryVariables>;
export const DonorThankYouLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DonorThankYouLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"donorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donorThankYouLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"donorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"donorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"given"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumbers"}}]}}]}}]}}]} as unknown as DocumentNode<DonorThankYouLetterQuery, DonorThankYouLetterQueryVariables>;
export const StockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byStore"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"byStore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byStore"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StockFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"handedOver"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StockQuery, StockQueryVariables>;
export const AvailableForDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recipientUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableFor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recipientUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recipientUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StockFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"handedOver"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AvailableForQuery, AvailableForQueryVariables>;