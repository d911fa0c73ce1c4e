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
  category?: InputMaybe<PersonCategory>;
  email?: InputMaybe<Scalars['String']['input']>;
  fullName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['String']['input']>;
  /** Each group at most once; [] for none. */
  priorityGroups?: InputMaybe<Array<PriorityGroup>>;
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

/** Who a person is for the training targets: cadre, civil servant, community-team member... */
export type PersonCategory =
  | 'CADRE'
  | 'CIVIL_SERVANT'
  | 'COMMUNITY_TEAM_MEMBER'
  | 'PUBLIC_EMPLOYEE'
  | 'RESIDENT'
  | 'WORKER';

/** Groups the mobile digital-literacy points serve first. */
export type PriorityGroup =
  | 'DISABLED'
  | 'ELDERLY'
  | 'POOR_HOUSEHOLD';

export type PriorityGroupInput = {
  disabled?: InputMaybe<Scalars['Int']['input']>;
  elderly?: InputMaybe<Scalars['Int']['input']>;
  poorHouseholds?: InputMaybe<Scalars['Int']['input']>;
};

/** What the yearly ranking of units weighs. */
export type RankingCriterion =
  | 'CAMPAIGNS'
  | 'INDICATORS'
  | 'TASK_DELIVERY'
  | 'TRAINING';

/** DRAFT: computed from the data on each look; PUBLISHED: frozen as the committee announced it. */
export type RankingStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type RankingWeightInput = {
  criterion: RankingCriterion;
  weight: Scalars['Int']['input'];
};

/** Xếp loại: excellent (≥ 90), good (≥ 70), completed (≥ 50), not completed. */
export type RatingClass =
  | 'COMPLETED'
  | 'EXCELLENT'
  | 'GOOD'
  | 'NOT_COMPLETED';

/** The month's criteria of a civil servant's DX rating. */
export type RatingCriterion =
  | 'DIGITAL_TOOLS'
  | 'TASKS_ON_TIME'
  | 'TRAINING';

export type RatingScoreInput = {
  criterion: RatingCriterion;
  points: Scalars['Int']['input'];
};

/** SUBMITTED by the person (open to them) → APPROVED by the unit head (the month is locked). */
export type RatingStatus =
  | 'APPROVED'
  | 'SUBMITTED';

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
  /** A campaign's support point (mobile digital-literacy point) the session is held at. */
  supportPointId?: InputMaybe<Scalars['ID']['input']>;
  trainer?: InputMaybe<Scalars['String']['input']>;
};

/** SCHEDULED, or CANCELLED (with a reason; nobody can enrol). */
export type SessionStatus =
  | 'CANCELLED'
  | 'SCHEDULED';

export type SetTrainingTargetInput = {
  /** Only people of units of this kind count; empty: everyone. */
  audienceKind?: InputMaybe<UnitKind>;
  /** Only people of this category count (e.g. CIVIL_SERVANT); empty: every category. */
  category?: InputMaybe<PersonCategory>;
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
  category?: InputMaybe<PersonCategory>;
  email?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['String']['input']>;
  /** Each group at most once; [] for none. */
  priorityGroups?: InputMaybe<Array<PriorityGroup>>;
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

export type CourseFieldsFragment = { id: string, code: string, title: string, description?: string | null, audience?: string | null, mode: CourseMode, version: number, sessions: Array<{ id: string }> };

export type CourseListQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  mode?: InputMaybe<CourseMode>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CourseListQuery = { courses: { totalCount: number, nodes: Array<{ id: string, code: string, title: string, description?: string | null, audience?: string | null, mode: CourseMode, version: number, sessions: Array<{ id: string }> }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type CreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type CreateCourseMutation = { createCourse: { id: string, code: string, title: string, description?: string | null, audience?: string | null, mode: CourseMode, version: number, sessions: Array<{ id: string }> } };

export type ScheduleSessionMutationVariables = Exact<{
  input: ScheduleSessionInput;
}>;


export type ScheduleSessionMutation = { scheduleSession: { id: string } };

export type EnrolmentFieldsFragment = { id: string, status: EnrolmentStatus, certificateNo?: string | null, waitlistPosition?: number | null, completedAt?: string | null, person?: { id: string, fullName: string, position?: string | null, unit: { id: string, name: string } } | null };

export type SessionEnrolmentsQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  status?: InputMaybe<EnrolmentStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SessionEnrolmentsQuery = { enrolments: { totalCount: number, nodes: Array<{ id: string, status: EnrolmentStatus, certificateNo?: string | null, waitlistPosition?: number | null, completedAt?: string | null, person?: { id: string, fullName: string, position?: string | null, unit: { id: string, name: string } } | null }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type EnrolmentCertificateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EnrolmentCertificateQuery = { enrolment?: { id: string, status: EnrolmentStatus, certificateNo?: string | null, waitlistPosition?: number | null, completedAt?: string | null, certificate?: { number: string, issuedAt: string, issuer?: { id: string, issuingBody: string, parentBody?: string | null, place: string, signerTitle: string, signerName: string } | null } | null, session: { id: string, startsAt: string, endsAt: string, location: string, trainer?: string | null, course: { id: string, code: string, title: string } }, person?: { id: string, fullName: string, position?: string | null, unit: { id: string, name: string } } | null } | null };

export type PeopleSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PeopleSearchQuery = { people: { nodes: Array<{ id: string, fullName: string, position?: string | null, email?: string | null, unit: { id: string, name: string } }> } };

export type EnrolMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
}>;


export type EnrolMutation = { enrol: { id: string, status: EnrolmentStatus, certificateNo?: string | null, waitlistPosition?: number | null, completedAt?: string | null, person?: { id: string, fullName: string, position?: string | null, unit: { id: string, name: string } } | null } };

export type EnrolUnitMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
}>;


export type EnrolUnitMutation = { enrolUnit: Array<{ id: string, status: EnrolmentStatus }> };

export type CancelEnrolmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelEnrolmentMutation = { cancelEnrolment: { id: string, status: EnrolmentStatus, certificateNo?: string | null, waitlistPosition?: number | null, completedAt?: string | null, person?: { id: string, fullName: string, position?: string | null, unit: { id: string, name: string } } | null } };

export type RecordAttendanceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  attended: Scalars['Boolean']['input'];
}>;


export type RecordAttendanceMutation = { recordAttendance: { id: string, status: EnrolmentStatus, certificateNo?: string | null, waitlistPosition?: number | null, completedAt?: string | null, person?: { id: string, fullName: string, position?: string | null, unit: { id: string, name: string } } | null } };

export type CompleteEnrolmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompleteEnrolmentMutation = { completeEnrolment: { id: string, status: EnrolmentStatus, certificateNo?: string | null, waitlistPosition?: number | null, completedAt?: string | null, person?: { id: string, fullName: string, position?: string | null, unit: { id: string, name: string } } | null } };

export type PersonTrainingRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonTrainingRecordQuery = { person?: { id: string, fullName: string, position?: string | null, unit: { id: string, name: string }, enrolments?: Array<{ id: string, status: EnrolmentStatus, certificateNo?: string | null, completedAt?: string | null, session: { id: string, startsAt: string, endsAt: string, location: string, status: SessionStatus, course: { id: string, code: string, title: string } } }> | null } | null };

export type TrainingTargetsQueryVariables = Exact<{
  unitId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TrainingTargetsQuery = { trainingTargets: Array<{ id: string, audienceKind?: UnitKind | null, category?: PersonCategory | null, year: number, targetPercent: number, dueDate: string, note?: string | null, met: boolean, unit?: { id: string, name: string, code: string } | null, course?: { id: string, title: string } | null, progress: { people: number, trained: number, rate: number, byCategory: Array<{ category?: PersonCategory | null, people: number, trained: number, rate: number }>, byPriorityGroup: Array<{ group: PriorityGroup, people: number, trained: number }>, children: Array<{ people: number, trained: number, rate: number, unit?: { id: string, name: string, code: string } | null }> } }> };

export type TrainingProgressQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
  audienceKind?: InputMaybe<UnitKind>;
}>;


export type TrainingProgressQuery = { trainingProgress: { people: number, trained: number, rate: number, unit?: { id: string, name: string } | null, children: Array<{ people: number, trained: number, rate: number, unit?: { id: string, name: string, code: string } | null }> } };

export type SetTrainingTargetMutationVariables = Exact<{
  input: SetTrainingTargetInput;
}>;


export type SetTrainingTargetMutation = { setTrainingTarget: { id: string } };

export type SessionFieldsFragment = { id: string, startsAt: string, endsAt: string, location: string, capacity: number, seatsTaken: number, seatsLeft: number, waitlistLength: number, trainer?: string | null, status: SessionStatus, cancelReason?: string | null, version: number, supportPoint?: { id: string } | null, course: { id: string, code: string, title: string, mode: CourseMode } };

export type SessionListQueryVariables = Exact<{
  courseId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SessionListQuery = { sessions: { totalCount: number, nodes: Array<{ id: string, startsAt: string, endsAt: string, location: string, capacity: number, seatsTaken: number, seatsLeft: number, waitlistLength: number, trainer?: string | null, status: SessionStatus, cancelReason?: string | null, version: number, supportPoint?: { id: string } | null, course: { id: string, code: string, title: string, mode: CourseMode } }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type SessionDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SessionDetailQuery = { session?: { id: string, startsAt: string, endsAt: string, location: string, capacity: number, seatsTaken: number, seatsLeft: number, waitlistLength: number, trainer?: string | null, status: SessionStatus, cancelReason?: string | null, version: number, supportPoint?: { id: string } | null, course: { id: string, code: string, title: string, mode: CourseMode } } | null };

export type RescheduleSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  startsAt: Scalars['DateTime']['input'];
  endsAt: Scalars['DateTime']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RescheduleSessionMutation = { rescheduleSession: { id: string, startsAt: string, endsAt: string, location: string, capacity: number, seatsTaken: number, seatsLeft: number, waitlistLength: number, trainer?: string | null, status: SessionStatus, cancelReason?: string | null, version: number, supportPoint?: { id: string } | null, course: { id: string, code: string, title: string, mode: CourseMode } } };

export type CancelSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CancelSessionMutation = { cancelSession: { id: string, startsAt: string, endsAt: string, location: string, capacity: number, seatsTaken: number, seatsLeft: number, waitlistLength: number, trainer?: string | null, status: SessionStatus, cancelReason?: string | null, version: number, supportPoint?: { id: string } | null, course: { id: string, code: string, title: string, mode: CourseMode } } };

export type RecordSessionAttendanceMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  absentEnrolmentIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type RecordSessionAttendanceMutation = { recordSessionAttendance: Array<{ id: string, status: EnrolmentStatus }> };

export type CompleteAttendedMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type CompleteAttendedMutation = { completeAttended: Array<{ id: string, status: EnrolmentStatus, certificateNo?: string | null }> };

export type MoveInWaitlistMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
}>;


export type MoveInWaitlistMutation = { moveInWaitlist: Array<{ id: string, waitlistPosition?: number | null }> };

export type SupportPointOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportPointOptionsQuery = { supportPoints: Array<{ id: string, name: string, address?: string | null, campaign?: { id: string, title: string } | null }> };

export type SupportPointDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SupportPointDetailQuery = { supportPoint?: { id: string, name: string, address?: string | null, partner?: string | null, openingHours?: string | null, campaign?: { id: string, title: string } | null } | null };

export const CourseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CourseFieldsFragment, unknown>;
export const EnrolmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EnrolmentFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLength"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"supportPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const CourseListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseMode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CourseListQuery, CourseListQueryVariables>;
export const CreateCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCourseMutation, CreateCourseMutationVariables>;
export const ScheduleSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduleSessionMutation, ScheduleSessionMutationVariables>;
export const SessionEnrolmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionEnrolments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolmentStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SessionEnrolmentsQuery, SessionEnrolmentsQueryVariables>;
export const EnrolmentCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnrolmentCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuingBody"}},{"kind":"Field","name":{"kind":"Name","value":"parentBody"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"signerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EnrolmentCertificateQuery, EnrolmentCertificateQueryVariables>;
export const PeopleSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleSearchQuery, PeopleSearchQueryVariables>;
export const EnrolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Enrol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrol"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EnrolMutation, EnrolMutationVariables>;
export const EnrolUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EnrolUnitMutation, EnrolUnitMutationVariables>;
export const CancelEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CancelEnrolmentMutation, CancelEnrolmentMutationVariables>;
export const RecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attended"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"attended"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attended"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const CompleteEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteEnrolmentMutation, CompleteEnrolmentMutationVariables>;
export const PersonTrainingRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonTrainingRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonTrainingRecordQuery, PersonTrainingRecordQueryVariables>;
export const TrainingTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"trained"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"trained"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPriorityGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"trained"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"trained"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingTargetsQuery, TrainingTargetsQueryVariables>;
export const TrainingProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audienceKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"audienceKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audienceKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"trained"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"trained"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingProgressQuery, TrainingProgressQueryVariables>;
export const SetTrainingTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTrainingTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTrainingTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTrainingTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetTrainingTargetMutation, SetTrainingTargetMutationVariables>;
export const SessionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"courseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLength"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"supportPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]} as unknown as DocumentNode<SessionListQuery, SessionListQueryVariables>;
export const SessionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLength"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"supportPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]} as unknown as DocumentNode<SessionDetailQuery, SessionDetailQueryVariables>;
export const RescheduleSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endsAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"location"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"startsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"endsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endsAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"location"},"value":{"kind":"Variable","name":{"kind":"Name","value":"location"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLength"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"supportPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]} as unknown as DocumentNode<RescheduleSessionMutation, RescheduleSessionMutationVariables>;
export const CancelSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLength"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"supportPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]} as unknown as DocumentNode<CancelSessionMutation, CancelSessionMutationVariables>;
export const RecordSessionAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSessionAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"absentEnrolmentIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSessionAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"absentEnrolmentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"absentEnrolmentIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordSessionAttendanceMutation, RecordSessionAttendanceMutationVariables>;
export const CompleteAttendedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteAttended"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeAttended"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}}]}}]}}]} as unknown as DocumentNode<CompleteAttendedMutation, CompleteAttendedMutationVariables>;
export const MoveInWaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveInWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveInWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<MoveInWaitlistMutation, MoveInWaitlistMutationVariables>;
export const SupportPointOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportPointOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeClosed"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<SupportPointOptionsQuery, SupportPointOptionsQueryVariables>;
export const SupportPointDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportPointDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<SupportPointDetailQuery, SupportPointDetailQueryVariables>;