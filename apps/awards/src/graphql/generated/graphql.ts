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
  Date: { input: any; output: any; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  join__DirectiveArguments: { input: any; output: any; }
  join__FieldSet: { input: any; output: any; }
  link__Import: { input: any; output: any; }
};

export type Account = {
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  person?: Maybe<Person>;
  roles: Array<Role>;
  scopeUnit?: Maybe<Unit>;
  username: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type AccountConnection = {
  nodes: Array<Account>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AddCommitteeDocumentInput = {
  committeeId: Scalars['ID']['input'];
  issuedOn: Scalars['Date']['input'];
  kind: CommitteeDocumentKind;
  number: Scalars['String']['input'];
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type AuditEntry = {
  action: Scalars['String']['output'];
  actorUsername?: Maybe<Scalars['String']['output']>;
  /** JSON of the record after the change */
  after?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** JSON of the record before the change */
  before?: Maybe<Scalars['String']['output']>;
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type AuthPayload = {
  account: Account;
  /** When the token stops being accepted (ISO-8601). */
  expiresAt: Scalars['String']['output'];
  token: Scalars['String']['output'];
};

/** A commendation round: a window for nominations, quotas and review criteria. */
export type AwardRound = {
  approvedCollectives: Scalars['Int']['output'];
  approvedIndividuals: Scalars['Int']['output'];
  closesAt: Scalars['Date']['output'];
  /** At most this many collectives are approved; empty for no limit. */
  collectiveQuota?: Maybe<Scalars['Int']['output']>;
  criteria: Array<ReviewCriterion>;
  id: Scalars['ID']['output'];
  individualQuota?: Maybe<Scalars['Int']['output']>;
  occasion?: Maybe<Scalars['String']['output']>;
  opensAt: Scalars['Date']['output'];
  organizerUnit?: Maybe<Unit>;
  phase: RoundPhase;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type AwardRoundConnection = {
  nodes: Array<AwardRound>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AwardsAuditConnection = {
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Per category across the stores in scope. */
export type CategoryReportLine = {
  available: Scalars['Int']['output'];
  category: ItemCategory;
  /** Sum of the estimated values received, in đồng. */
  estimatedValueVnd: Scalars['Int']['output'];
  handedOver: Scalars['Int']['output'];
  received: Scalars['Int']['output'];
  /** Units that received this category (active handovers). */
  recipients: Scalars['Int']['output'];
};

/** A steering committee (Ban Chỉ đạo) of a province or ward. */
export type Committee = {
  /** Regulations, working rules, programs, notices and decisions, oldest first. */
  documents: Array<CommitteeDocument>;
  id: Scalars['ID']['output'];
  /** Chair first, then vice-chairs, standing members, members, secretary. */
  members: Array<CommitteeMember>;
  name: Scalars['String']['output'];
  unit?: Maybe<Unit>;
  version: Scalars['Int']['output'];
  /** Newest year first. */
  workPrograms: Array<WorkProgram>;
};

export type CommitteeConnection = {
  nodes: Array<Committee>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A document the committee issued: regulations, working rules, program, assignment notice, decision. */
export type CommitteeDocument = {
  id: Scalars['ID']['output'];
  issuedOn: Scalars['Date']['output'];
  kind: CommitteeDocumentKind;
  /** The document number, e.g. 05-QĐ/BCĐ. */
  number: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type CommitteeDocumentKind =
  | 'ASSIGNMENT_NOTICE'
  | 'DECISION'
  | 'OTHER'
  | 'REGULATION'
  | 'REPORT'
  | 'WORKING_RULES'
  | 'WORK_PROGRAM';

export type CommitteeMember = {
  id: Scalars['ID']['output'];
  person?: Maybe<Person>;
  responsibilities?: Maybe<Scalars['String']['output']>;
  /** CHAIR, VICE_CHAIR, STANDING_MEMBER, MEMBER or SECRETARY. */
  role: Scalars['String']['output'];
};

/** A course in the catalogue, e.g. basic digital skills for civil servants. */
export type Course = {
  /** Who the course is for. */
  audience?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  mode: CourseMode;
  /** Sessions of this course, earliest first. */
  sessions: Array<CourseSession>;
  title: Scalars['String']['output'];
  /** The organising unit. */
  unit?: Maybe<Unit>;
  version: Scalars['Int']['output'];
};

export type CourseConnection = {
  nodes: Array<Course>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** In a classroom, online, or at a mobile digital-literacy point. */
export type CourseMode =
  | 'IN_PERSON'
  | 'MOBILE_POINT'
  | 'ONLINE';

/** One scheduled run of a course, with a seat capacity. */
export type CourseSession = {
  capacity: Scalars['Int']['output'];
  course: Course;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  location: Scalars['String']['output'];
  seatsLeft: Scalars['Int']['output'];
  seatsTaken: Scalars['Int']['output'];
  startsAt: Scalars['DateTime']['output'];
  trainer?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  /** People waiting for a seat. */
  waitlistLength: Scalars['Int']['output'];
};

export type CourseSessionConnection = {
  nodes: Array<CourseSession>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CreateAccountInput = {
  password: Scalars['String']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
  roles: Array<Role>;
  /** The unit the roles are held for; empty for the whole tree (ADMIN only). */
  scopeUnitId?: InputMaybe<Scalars['ID']['input']>;
  username: Scalars['String']['input'];
};

export type CreateAwardRoundInput = {
  closesAt: Scalars['Date']['input'];
  collectiveQuota?: InputMaybe<Scalars['Int']['input']>;
  criteria?: InputMaybe<Array<CriterionInput>>;
  individualQuota?: InputMaybe<Scalars['Int']['input']>;
  occasion?: InputMaybe<Scalars['String']['input']>;
  opensAt: Scalars['Date']['input'];
  /** The unit whose committee runs the round; defaults to the caller's scope unit. */
  organizerUnitId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
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

export type CriterionScoreEntry = {
  criterionId: Scalars['ID']['output'];
  score: Scalars['Int']['output'];
};

export type CriterionScoreInput = {
  criterionId: Scalars['ID']['input'];
  score: Scalars['Int']['input'];
};

export type DirectoryAuditConnection = {
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
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

/** A gift as received into the store of a unit. */
export type Donation = {
  donor: Donor;
  /** The unit whose store received the items; null for the central store. */
  holder?: Maybe<Unit>;
  id: Scalars['ID']['output'];
  items: Array<DonationItem>;
  note?: Maybe<Scalars['String']['output']>;
  receivedAt: Scalars['Date']['output'];
};

export type DonationConnection = {
  nodes: Array<Donation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DonationItem = {
  category: ItemCategory;
  description: Scalars['String']['output'];
  /** Estimated value of the whole line, in đồng. */
  estimatedValueVnd?: Maybe<Scalars['Int']['output']>;
  quantity: Scalars['Int']['output'];
  serialNumbers: Array<Scalars['String']['output']>;
};

export type DonationItemInput = {
  category: ItemCategory;
  description: Scalars['String']['input'];
  /** Of the whole line, in đồng. */
  estimatedValueVnd?: InputMaybe<Scalars['Int']['input']>;
  quantity: Scalars['Int']['input'];
  serialNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type DonationsAuditConnection = {
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Who gave: an organisation, business, individual or "social sources" (xã hội hóa). */
export type Donor = {
  contact?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** ORGANISATION, BUSINESS, INDIVIDUAL or SOCIAL_SOURCES. */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type DonorConnection = {
  nodes: Array<Donor>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** The values Donor.kind takes. */
export type DonorKind =
  | 'BUSINESS'
  | 'INDIVIDUAL'
  | 'ORGANISATION'
  | 'SOCIAL_SOURCES';

/** Given by one donor, per category. */
export type DonorReportLine = {
  category: ItemCategory;
  donations: Scalars['Int']['output'];
  donor: Donor;
  /** Sum of the estimated values given, in đồng. */
  estimatedValueVnd: Scalars['Int']['output'];
  quantity: Scalars['Int']['output'];
};

/** A person's place in a session: a seat, a place on the waitlist, or a finished course. */
export type Enrolment = {
  certificateNo?: Maybe<Scalars['String']['output']>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  course: Course;
  enrolledAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  person?: Maybe<Person>;
  session: CourseSession;
  status: EnrolmentStatus;
  /** The person's unit when they were enrolled. */
  unit?: Maybe<Unit>;
  version: Scalars['Int']['output'];
  /** Place on the waitlist, 1 = next to get a seat; empty unless WAITLISTED. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

export type EnrolmentConnection = {
  nodes: Array<Enrolment>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EnrolmentStatus =
  | 'ATTENDED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ENROLLED'
  | 'NO_SHOW'
  | 'WAITLISTED';

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
  witnessId?: InputMaybe<Scalars['ID']['input']>;
};

/** A handover of equipment to a unit, with its record (biên bản bàn giao). */
export type Handover = {
  /** The giving unit, whose store the items came from; null for the central store. */
  giver?: Maybe<Unit>;
  handedOverAt: Scalars['Date']['output'];
  handedOverBy?: Maybe<Person>;
  id: Scalars['ID']['output'];
  items: Array<HandoverItem>;
  note?: Maybe<Scalars['String']['output']>;
  receivedBy?: Maybe<Person>;
  recipient: Unit;
  recordNo: Scalars['String']['output'];
  status: HandoverStatus;
  voidReason?: Maybe<Scalars['String']['output']>;
  voidedAt?: Maybe<Scalars['DateTime']['output']>;
  witness?: Maybe<Person>;
};

export type HandoverConnection = {
  nodes: Array<Handover>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HandoverItem = {
  category: ItemCategory;
  description?: Maybe<Scalars['String']['output']>;
  quantity: Scalars['Int']['output'];
  serialNumbers: Array<Scalars['String']['output']>;
};

export type HandoverItemInput = {
  category: ItemCategory;
  description?: InputMaybe<Scalars['String']['input']>;
  quantity: Scalars['Int']['input'];
  serialNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A voided handover returned its items to stock; its record is kept. */
export type HandoverStatus =
  | 'ACTIVE'
  | 'VOIDED';

/** A monthly DX indicator, e.g. the share of documents signed digitally. */
export type Indicator = {
  active: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  denominatorLabel?: Maybe<Scalars['String']['output']>;
  higherIsBetter: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  measure: IndicatorMeasure;
  name: Scalars['String']['output'];
  numeratorLabel?: Maybe<Scalars['String']['output']>;
  target?: Maybe<Scalars['Float']['output']>;
  /** e.g. "cuộc họp" or "%". */
  unitOfMeasure: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** COUNT: a number per month; PERCENT: numerator / denominator. */
export type IndicatorMeasure =
  | 'COUNT'
  | 'PERCENT';

/** The month's thematic DX report: each unit's figures and the totals across them. */
export type IndicatorReport = {
  month: Scalars['String']['output'];
  totals: Array<IndicatorTotal>;
  values: Array<IndicatorValue>;
};

/** An indicator summed over the units of a report. */
export type IndicatorTotal = {
  denominator?: Maybe<Scalars['Int']['output']>;
  indicator: Indicator;
  meetsTarget?: Maybe<Scalars['Boolean']['output']>;
  numerator: Scalars['Int']['output'];
  /** Units that reported it. */
  units: Scalars['Int']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

/** One unit's figures for one indicator in one month. */
export type IndicatorValue = {
  denominator?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  indicator: Indicator;
  meetsTarget?: Maybe<Scalars['Boolean']['output']>;
  /** YYYY-MM */
  month: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  numerator: Scalars['Int']['output'];
  unit?: Maybe<Unit>;
  /** The count, or the share in percent. */
  value?: Maybe<Scalars['Float']['output']>;
  version: Scalars['Int']['output'];
};

/** What kind of equipment a line is. */
export type ItemCategory =
  | 'COMPUTER'
  | 'FURNITURE_SET'
  | 'NETWORK_EQUIPMENT'
  | 'OTHER'
  | 'PHONE'
  | 'PRINTER';

export type Mutation = {
  addCommitteeDocument: CommitteeDocument;
  /** role: CHAIR, VICE_CHAIR, STANDING_MEMBER, MEMBER or SECRETARY (Vietnamese titles are understood). */
  addCommitteeMember: Committee;
  /** Frees the seat for the first person on the waitlist. */
  cancelEnrolment: Enrolment;
  /** Completes an attended enrolment and issues its unique certificate number. */
  completeEnrolment: Enrolment;
  /** Marks the task done today; CONFLICT if it changed since `version`. */
  completeTask: Task;
  createAccount: Account;
  /** Opens a commendation round for the organizing unit and the units below it. */
  createAwardRound: AwardRound;
  createCommittee: Committee;
  createCourse: Course;
  createDonor: Donor;
  createIndicator: Indicator;
  createPerson: Person;
  /** Assigns a task under the "6 clear" rule. */
  createTask: Task;
  createUnit: Unit;
  createWorkProgram: WorkProgram;
  /** Approves (with the decision number) or rejects a submitted nomination; approvals beyond the round quota are refused (QUOTA_EXCEEDED). */
  decideNomination: Nomination;
  /** Hands the same items to each listed community team, one handover record per team, all or nothing. */
  distributeToTeams: Array<Handover>;
  /** ENROLLED while seats remain, else WAITLISTED; the same person twice is a CONFLICT. */
  enrol: Enrolment;
  /** Enrols everyone of a unit and its sub-units; people already in the session are skipped. Returns the new enrolments, the waitlisted ones with status WAITLISTED. */
  enrolUnit: Array<Enrolment>;
  /** Hands items over to a unit; OUT_OF_STOCK beyond what its store has available. */
  handOver: Handover;
  /** Signs in; the token goes in `Authorization: Bearer <token>`. */
  login: AuthPayload;
  /** Nominates a unit or a person as a DRAFT; the same nominee twice in a round is a CONFLICT. */
  nominate: Nomination;
  /** Marks the person present (ATTENDED) or absent (NO_SHOW). */
  recordAttendance: Enrolment;
  /** Records a gift and puts its items into the stock of the receiving unit. */
  recordDonation: Donation;
  /** Enters or corrects a unit's figures for a month (CONFLICT on a stale version). */
  recordIndicatorValue: IndicatorValue;
  /** Steps aside from reviewing a nomination, with the reason; replaces one's review if any. */
  recuseFromNomination: Nomination;
  removeCommitteeMember: Committee;
  removeTrainingTarget: Scalars['Boolean']['output'];
  /** Reopens a done task (it goes back to IN_PROGRESS). */
  reopenTask: Task;
  /** Adds a progress report to the timeline; CONFLICT if the task changed since `version`. */
  reportTaskProgress: Task;
  /** Scores a submitted nomination 1..10 (and each criterion where the round has them); a second review by the same member replaces the first. */
  reviewNomination: Nomination;
  scheduleSession: CourseSession;
  /** Sets the target for a unit, audience and course (replacing the one there was). */
  setTrainingTarget: TrainingTarget;
  /** Sends a draft to the committee; refused once the round has closed (ROUND_CLOSED). */
  submitNomination: Nomination;
  /** Changes roles, scope, status or password; CONFLICT if changed since `version`. */
  updateAccount: Account;
  /** Edits a course; refused with CONFLICT if it changed since `version`. */
  updateCourse: Course;
  /** Edits a donor; CONFLICT if it changed since `version`. */
  updateDonor: Donor;
  /** Edits a draft; CONFLICT if it changed since `version`. */
  updateNomination: Nomination;
  /** Edits a person; refused with CONFLICT if they changed since `version`. */
  updatePerson: Person;
  /** Edits a task; CONFLICT if it changed since `version`. */
  updateTask: Task;
  /** Renames a unit; refused with CONFLICT if it changed since `version`. */
  updateUnit: Unit;
  /** Voids a handover: its items go back to stock; the record stays, marked VOIDED with the reason. */
  voidHandover: Handover;
};


export type MutationAddCommitteeDocumentArgs = {
  input: AddCommitteeDocumentInput;
};


export type MutationAddCommitteeMemberArgs = {
  committeeId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  responsibilities?: InputMaybe<Scalars['String']['input']>;
  role: Scalars['String']['input'];
};


export type MutationCancelEnrolmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteEnrolmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteTaskArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateAwardRoundArgs = {
  input: CreateAwardRoundInput;
};


export type MutationCreateCommitteeArgs = {
  input: CreateCommitteeInput;
};


export type MutationCreateCourseArgs = {
  input: CreateCourseInput;
};


export type MutationCreateDonorArgs = {
  input: CreateDonorInput;
};


export type MutationCreateIndicatorArgs = {
  input: CreateIndicatorInput;
};


export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
};


export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


export type MutationCreateUnitArgs = {
  input: CreateUnitInput;
};


export type MutationCreateWorkProgramArgs = {
  input: CreateWorkProgramInput;
};


export type MutationDecideNominationArgs = {
  approved: Scalars['Boolean']['input'];
  decidedOn?: InputMaybe<Scalars['Date']['input']>;
  decisionNo?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationDistributeToTeamsArgs = {
  input: DistributeInput;
};


export type MutationEnrolArgs = {
  personId: Scalars['ID']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationEnrolUnitArgs = {
  sessionId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
};


export type MutationHandOverArgs = {
  input: HandOverInput;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationNominateArgs = {
  input: NominateInput;
};


export type MutationRecordAttendanceArgs = {
  attended: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRecordDonationArgs = {
  input: RecordDonationInput;
};


export type MutationRecordIndicatorValueArgs = {
  input: RecordIndicatorValueInput;
};


export type MutationRecuseFromNominationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveCommitteeMemberArgs = {
  committeeId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};


export type MutationRemoveTrainingTargetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReopenTaskArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReportTaskProgressArgs = {
  evidenceLinks?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  progress: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReviewNominationArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  criterionScores?: InputMaybe<Array<CriterionScoreInput>>;
  id: Scalars['ID']['input'];
  score: Scalars['Int']['input'];
};


export type MutationScheduleSessionArgs = {
  input: ScheduleSessionInput;
};


export type MutationSetTrainingTargetArgs = {
  input: SetTrainingTargetInput;
};


export type MutationSubmitNominationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateAccountArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAccountInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateCourseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCourseInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateDonorArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDonorInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateNominationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateNominationInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePersonInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateTaskArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTaskInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateUnitArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUnitInput;
  version: Scalars['Int']['input'];
};


export type MutationVoidHandoverArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type NominateInput = {
  achievements: Scalars['String']['input'];
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

/** A collective (unit) or an individual (person) proposed for commendation in a round. */
export type Nomination = {
  achievements: Scalars['String']['output'];
  /** Mean of the weighted review scores; empty until reviewed. */
  averageScore?: Maybe<Scalars['Float']['output']>;
  createdAt: Scalars['DateTime']['output'];
  decidedOn?: Maybe<Scalars['Date']['output']>;
  decisionNo?: Maybe<Scalars['String']['output']>;
  evidenceLinks: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: NominationKind;
  /** The signed-in committee member's own review, if any. */
  myReview?: Maybe<Review>;
  nominatingUnit?: Maybe<Unit>;
  /** The name of the unit or person when nominated. */
  nomineeName: Scalars['String']['output'];
  nomineePerson?: Maybe<Person>;
  nomineeUnit?: Maybe<Unit>;
  recusals: Array<Recusal>;
  reviewCount: Scalars['Int']['output'];
  reviews: Array<Review>;
  round: AwardRound;
  status: NominationStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  version: Scalars['Int']['output'];
};

export type NominationConnection = {
  nodes: Array<Nomination>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
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
  | 'SUBMITTED';

export type PageInfo = {
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Person = {
  /** Tasks this person is in charge of, by due date (within your scope). */
  assignedTasks?: Maybe<Array<Task>>;
  /** Commendations this person received (approved nominations), newest first. */
  awards?: Maybe<Array<Nomination>>;
  email?: Maybe<Scalars['String']['output']>;
  /** This person's enrolments, oldest first; only within the caller's scope. */
  enrolments?: Maybe<Array<Enrolment>>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  position?: Maybe<Scalars['String']['output']>;
  unit: Unit;
  version: Scalars['Int']['output'];
};


export type PersonAssignedTasksArgs = {
  status?: InputMaybe<TaskStatus>;
};

export type PersonConnection = {
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Query = {
  accounts: AccountConnection;
  /** What a handover to this unit can take: the lines of the store it would draw from (the nearest above it, or `fromUnitId`). */
  availableFor: Array<StockLine>;
  awardRound?: Maybe<AwardRound>;
  /** Rounds run in or above the caller's unit, newest first. */
  awardRounds: AwardRoundConnection;
  /** Changes recorded by the awards service, newest first (administrators). */
  awardsAuditLog: AwardsAuditConnection;
  committee?: Maybe<Committee>;
  /** Committees of the caller's units and of the units above them. */
  committees: CommitteeConnection;
  course?: Maybe<Course>;
  /** The course catalogue, by code; search matches code, title and audience. */
  courses: CourseConnection;
  /** Changes recorded by the directory service, newest first (administrators). */
  directoryAuditLog: DirectoryAuditConnection;
  donation?: Maybe<Donation>;
  /** Received, handed over and available per category, with recipients and value. */
  donationReportByCategory: Array<CategoryReportLine>;
  /** Items and estimated value given per donor and category. */
  donationReportByDonor: Array<DonorReportLine>;
  /** Items handed over per recipient and category (active handovers). */
  donationReportByRecipient: Array<RecipientReportLine>;
  /** Donations received into the stores in the caller's scope, newest first. */
  donations: DonationConnection;
  /** Changes recorded by the donations service, newest first (administrators). */
  donationsAuditLog: DonationsAuditConnection;
  donor?: Maybe<Donor>;
  /** Donors by name. */
  donors: DonorConnection;
  /** An enrolment of a person in the caller's scope. */
  enrolment?: Maybe<Enrolment>;
  /** An enrolment by its certificate number (to check a certificate). */
  enrolmentByCertificate?: Maybe<Enrolment>;
  /** Enrolments of people in the caller's scope, oldest first (the waitlist order). */
  enrolments: EnrolmentConnection;
  handover?: Maybe<Handover>;
  /** Handovers to units in the caller's scope, newest first. */
  handovers: HandoverConnection;
  /** The approved collectives, then individuals, of a round: its public honours list. */
  honours: Array<Nomination>;
  /** A month's figures per unit and totals across units; unitId narrows it to that unit and those below. */
  indicatorReport: IndicatorReport;
  /** The monthly DX indicators units report on. */
  indicators: Array<Indicator>;
  /** The signed-in account. */
  me?: Maybe<Account>;
  nomination?: Maybe<Nomination>;
  /** A round's nominations whose nominees are in the caller's scope. */
  nominations: NominationConnection;
  /** People in the caller's scope, by unit and name, ordered by name. */
  people: PersonConnection;
  /** People by id, in one call; unknown ids are left out. Used by other services. */
  peopleByIds: Array<Person>;
  person?: Maybe<Person>;
  /** Submitted nominations the caller still has to review: not yet reviewed or recused, and no conflict of interest. */
  reviewQueue: NominationConnection;
  session?: Maybe<CourseSession>;
  /** Sessions by start time, optionally of one course and from a moment on. */
  sessions: CourseSessionConnection;
  /** Stock per category in the caller's scope (or below `unitId`), added up over stores; `byStore` lists each store's lines. */
  stock: Array<StockLine>;
  task?: Maybe<Task>;
  /** Tasks in the caller's units, filtered and ordered in SQL (by due date unless told). */
  tasks: TaskConnection;
  /** Changes recorded by the tasks service, newest first (administrators). */
  tasksAuditLog: TasksAuditConnection;
  /** Changes recorded by the training service, newest first (administrators). */
  trainingAuditLog: TrainingAuditConnection;
  /** People in a unit and below, how many completed a course, and the rate; with the same for each unit directly below. */
  trainingProgress: TrainingProgress;
  /** Targets set for a unit and the units below it (default: the caller's scope). */
  trainingTargets: Array<TrainingTarget>;
  unit?: Maybe<Unit>;
  /** The monthly ranking of units on the tasks due that month (month: YYYY-MM), best first. */
  unitScorecard: Array<UnitScore>;
  /** Units by kind, parent or text, ordered by code. */
  units: UnitConnection;
  /** Units by id, in one call; unknown ids are left out. Used by other services. */
  unitsByIds: Array<Unit>;
};


export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAvailableForArgs = {
  fromUnitId?: InputMaybe<Scalars['ID']['input']>;
  recipientUnitId: Scalars['ID']['input'];
};


export type QueryAwardRoundArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAwardRoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAwardsAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCommitteeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommitteesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<CourseMode>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDirectoryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDonationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDonationReportByCategoryArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDonationReportByDonorArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDonationReportByRecipientArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDonationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  donorId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDonationsAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDonorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDonorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<DonorKind>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEnrolmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEnrolmentByCertificateArgs = {
  certificateNo: Scalars['String']['input'];
};


export type QueryEnrolmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<EnrolmentStatus>;
};


export type QueryHandoverArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHandoversArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  recipientUnitId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<HandoverStatus>;
};


export type QueryHonoursArgs = {
  roundId: Scalars['ID']['input'];
};


export type QueryIndicatorReportArgs = {
  month: Scalars['String']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryIndicatorsArgs = {
  includeInactive?: Scalars['Boolean']['input'];
};


export type QueryNominationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNominationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<NominationKind>;
  orderBy?: InputMaybe<NominationOrder>;
  roundId: Scalars['ID']['input'];
  status?: InputMaybe<NominationStatus>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeSubunits?: Scalars['Boolean']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPeopleByIdsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  roundId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySessionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  courseId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryStockArgs = {
  byStore?: Scalars['Boolean']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TaskOrder>;
};


export type QueryTasksAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrainingAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrainingProgressArgs = {
  audienceKind?: InputMaybe<UnitKind>;
  courseId?: InputMaybe<Scalars['ID']['input']>;
  unitId: Scalars['ID']['input'];
};


export type QueryTrainingTargetsArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUnitScorecardArgs = {
  month: Scalars['String']['input'];
};


export type QueryUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<UnitKind>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUnitsByIdsArgs = {
  ids: Array<Scalars['ID']['input']>;
};

/** Handed over to one recipient, per category (voided handovers left out). */
export type RecipientReportLine = {
  category: ItemCategory;
  handovers: Scalars['Int']['output'];
  quantity: Scalars['Int']['output'];
  recipient: Unit;
};

export type RecordDonationInput = {
  donorId: Scalars['ID']['input'];
  items: Array<DonationItemInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  receivedAt: Scalars['Date']['input'];
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

/** A committee member stepping aside from a nomination, with the reason. */
export type Recusal = {
  at: Scalars['DateTime']['output'];
  reason: Scalars['String']['output'];
  reviewer?: Maybe<Person>;
};

/** A committee member's score of a nomination. */
export type Review = {
  comment?: Maybe<Scalars['String']['output']>;
  /** Scores per criterion, where the round defines criteria. */
  criterionScores: Array<CriterionScoreEntry>;
  reviewedAt: Scalars['DateTime']['output'];
  reviewer?: Maybe<Person>;
  /** The overall score, 1 to 10. */
  score: Scalars['Int']['output'];
  /** The weighted mean of the criterion scores, or the overall score where there are none. */
  weightedScore: Scalars['Float']['output'];
};

/** A weighted review criterion of a round. */
export type ReviewCriterion = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Relative weight; a review score is the weighted mean of its criterion scores. */
  weight: Scalars['Int']['output'];
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

/** What one store holds of one category. */
export type StockLine = {
  available: Scalars['Int']['output'];
  category: ItemCategory;
  handedOver: Scalars['Int']['output'];
  /** The store; null when the lines of several stores are added up, or for the central store. */
  holder?: Maybe<Unit>;
  received: Scalars['Int']['output'];
};

/** A task assigned under the "6 clear" rule. */
export type Task = {
  /** Clear person: who is in charge. */
  assignee?: Maybe<Person>;
  /** Who decides and accepts the result (always set on new tasks). */
  authority?: Maybe<Scalars['String']['output']>;
  committee?: Maybe<Committee>;
  /** The day the task was marked done. */
  completedOn?: Maybe<Scalars['Date']['output']>;
  /** Units that coordinate with the lead unit. */
  coordinatingUnits: Array<Unit>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  dueDate: Scalars['Date']['output'];
  expectedResult: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Not done and past its due day (Hà Nội time). */
  overdue: Scalars['Boolean']['output'];
  parent?: Maybe<Task>;
  priority: TaskPriority;
  /** Percent done; for a task with sub-tasks, their average. */
  progress: Scalars['Int']['output'];
  /** The document that gave the task, e.g. "Thông báo 12-TB/BCĐ". */
  sourceDocument?: Maybe<Scalars['String']['output']>;
  status: TaskStatus;
  /** Sub-tasks, by due date. */
  subtasks: Array<Task>;
  title: Scalars['String']['output'];
  /** Clear responsibility: the lead unit. */
  unit?: Maybe<Unit>;
  updatedAt: Scalars['DateTime']['output'];
  /** The timeline: progress reports, completion, reopenings, oldest first. */
  updates: Array<TaskUpdate>;
  version: Scalars['Int']['output'];
  workProgram?: Maybe<WorkProgram>;
};

export type TaskConnection = {
  nodes: Array<Task>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TaskFilter = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Due on or after this day. */
  dueFrom?: InputMaybe<Scalars['Date']['input']>;
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

/** NOT_STARTED → IN_PROGRESS → DONE; a done task can be reopened. */
export type TaskStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

/** One entry of a task’s timeline: a progress report, the completion or a reopening. */
export type TaskUpdate = {
  at: Scalars['DateTime']['output'];
  by?: Maybe<Person>;
  byUsername?: Maybe<Scalars['String']['output']>;
  evidenceLinks: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: TaskUpdateKind;
  note: Scalars['String']['output'];
  progress: Scalars['Int']['output'];
};

/** A progress report, the completion, or a reopening. */
export type TaskUpdateKind =
  | 'COMPLETED'
  | 'PROGRESS'
  | 'REOPENED';

export type TasksAuditConnection = {
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TeamRecipientInput = {
  /** Who signs for the team, usually its leader. */
  receivedById?: InputMaybe<Scalars['ID']['input']>;
  unitId: Scalars['ID']['input'];
};

export type TrainingAuditConnection = {
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrainingProgress = {
  /** The same figures for each unit directly below. */
  children: Array<TrainingProgress>;
  /** People counted (in the audience, in the unit and below). */
  people: Scalars['Int']['output'];
  /** trained / people, from 0 to 1. */
  rate: Scalars['Float']['output'];
  /** Of them, people with a completed course. */
  trained: Scalars['Int']['output'];
  unit?: Maybe<Unit>;
};

/** A share of a unit's people to train, e.g. 100% of community team members. */
export type TrainingTarget = {
  /** Only people of units of this kind count; empty: everyone. */
  audienceKind?: Maybe<UnitKind>;
  /** The course that counts; empty: any course. */
  course?: Maybe<Course>;
  dueDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** Whether the trained share has reached the target. */
  met: Scalars['Boolean']['output'];
  note?: Maybe<Scalars['String']['output']>;
  progress: TrainingProgress;
  targetPercent: Scalars['Int']['output'];
  unit?: Maybe<Unit>;
  version: Scalars['Int']['output'];
};

/** A province, ward, commune, residential group, community team or department. */
export type Unit = {
  /** Commendations this unit received (approved nominations), newest first. */
  awards?: Maybe<Array<Nomination>>;
  children: Array<Unit>;
  code: Scalars['String']['output'];
  /** Active handovers this unit received, oldest first (empty outside the caller's scope). */
  handoversReceived?: Maybe<Array<Handover>>;
  id: Scalars['ID']['output'];
  kind: UnitKind;
  name: Scalars['String']['output'];
  parent?: Maybe<Unit>;
  /** Ids from the top of the tree down to and including this unit. */
  path: Array<Scalars['ID']['output']>;
  /** Tasks this unit leads, by due date (within your scope). */
  tasks?: Maybe<Array<Task>>;
  version: Scalars['Int']['output'];
};


/** A province, ward, commune, residential group, community team or department. */
export type UnitTasksArgs = {
  status?: InputMaybe<TaskStatus>;
};

export type UnitConnection = {
  nodes: Array<Unit>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Where a unit sits in the administrative tree. */
export type UnitKind =
  | 'COMMUNE'
  | 'COMMUNITY_TEAM'
  | 'DEPARTMENT'
  | 'PROVINCE'
  | 'RESIDENTIAL_GROUP'
  | 'WARD';

/** A unit's delivery on the tasks due in one month, and its rank among the units. */
export type UnitScore = {
  assigned: Scalars['Int']['output'];
  doneLate: Scalars['Int']['output'];
  doneOnTime: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  rank: Scalars['Int']['output'];
  /** Out of 100: on time counts fully, late half, overdue nothing. */
  score: Scalars['Float']['output'];
  unit?: Maybe<Unit>;
};

export type UpdateAccountInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new password; leave empty to keep the current one. */
  password?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<Role>>;
  scopeUnitId?: InputMaybe<Scalars['ID']['input']>;
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
  sourceDocument?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateUnitInput = {
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The committee's work program for one year; its items are the top-level tasks. */
export type WorkProgram = {
  committee?: Maybe<Committee>;
  /** The document that issued the program. */
  document?: Maybe<CommitteeDocument>;
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type Join__Graph =
  | 'AWARDS'
  | 'DIRECTORY'
  | 'DONATIONS'
  | 'TASKS'
  | 'TRAINING';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type NominationFieldsFragment = { id: string, kind: NominationKind, status: NominationStatus, nomineeName: string, achievements: string, evidenceLinks: Array<string>, reviewCount: number, averageScore?: number | null, decisionNo?: string | null, decidedOn?: any | null, version: number, nomineeUnit?: { id: string, name: string, code: string } | null, nomineePerson?: { id: string, fullName: string, position?: string | null, unit: { id: string, name: string } } | null, nominatingUnit?: { id: string, name: string } | null };

export type NominationsQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
  status?: InputMaybe<NominationStatus>;
  kind?: InputMaybe<NominationKind>;
  orderBy?: InputMaybe<NominationOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NominationsQuery = { nominations: { totalCount: number, nodes: Array<{ id: string, kind: NominationKind, status: NominationStatus, nomineeName: string, achievements: string, evidenceLinks: Array<string>, reviewCount: number, averageScore?: number | null, decisionNo?: string | null, decidedOn?: any | null, version: number, nomineeUnit?: { id: string, name: string, code: string } | null, nomineePerson?: { id: string, fullName: string, position?: string | null, unit: { id: string, name: string } } | null, nominatingUnit?: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type HonoursQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type HonoursQuery = { awardRound?: { id: string, title: string, occasion?: string | null, opensAt: any, closesAt: any, phase: RoundPhase, collectiveQuota?: number | null, individualQuota?: number | null, approvedCollectives: number, approvedIndividuals: number, organizerUnit?: { id: string, name: string } | null, criteria: Array<{ id: string, name: string, weight: number }> } | null, honours: Array<{ id: string, kind: NominationKind, status: NominationStatus, nomineeName: string, achievements: string, evidenceLinks: Array<string>, reviewCount: number, averageScore?: number | null, decisionNo?: string | null, decidedOn?: any | null, version: number, nomineeUnit?: { id: string, name: string, code: string } | null, nomineePerson?: { id: string, fullName: string, position?: string | null, unit: { id: string, name: string } } | null, nominatingUnit?: { id: string, name: string } | null }> };

export type CertificateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CertificateQuery = { nomination?: { id: string, kind: NominationKind, status: NominationStatus, nomineeName: string, achievements: string, evidenceLinks: Array<string>, reviewCount: number, averageScore?: number | null, decisionNo?: string | null, decidedOn?: any | null, version: number, round: { id: string, title: string, occasion?: string | null, opensAt: any, closesAt: any, phase: RoundPhase, collectiveQuota?: number | null, individualQuota?: number | null, approvedCollectives: number, approvedIndividuals: number, organizerUnit?: { id: string, name: string } | null, criteria: Array<{ id: string, name: string, weight: number }> }, nomineeUnit?: { id: string, name: string, code: string } | null, nomineePerson?: { id: string, fullName: string, position?: string | null, unit: { id: string, name: string } } | null, nominatingUnit?: { id: string, name: string } | null } | null };

export type NominateMutationVariables = Exact<{
  input: NominateInput;
}>;


export type NominateMutation = { nominate: { id: string, kind: NominationKind, status: NominationStatus, nomineeName: string, achievements: string, evidenceLinks: Array<string>, reviewCount: number, averageScore?: number | null, decisionNo?: string | null, decidedOn?: any | null, version: number, nomineeUnit?: { id: string, name: string, code: string } | null, nomineePerson?: { id: string, fullName: string, position?: string | null, unit: { id: string, name: string } } | null, nominatingUnit?: { id: string, name: string } | null } };

export type SubmitNominationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitNominationMutation = { submitNomination: { id: string, kind: NominationKind, status: NominationStatus, nomineeName: string, achievements: string, evidenceLinks: Array<string>, reviewCount: number, averageScore?: number | null, decisionNo?: string | null, decidedOn?: any | null, version: number, nomineeUnit?: { id: string, name: string, code: string } | null, nomineePerson?: { id: string, fullName: string, position?: string | null, unit: { id: string, name: string } } | null, nominatingUnit?: { id: string, name: string } | null } };

export type DecideNominationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  approved: Scalars['Boolean']['input'];
  decisionNo?: InputMaybe<Scalars['String']['input']>;
  decidedOn?: InputMaybe<Scalars['Date']['input']>;
}>;


export type DecideNominationMutation = { decideNomination: { id: string, kind: NominationKind, status: NominationStatus, nomineeName: string, achievements: string, evidenceLinks: Array<string>, reviewCount: number, averageScore?: number | null, decisionNo?: string | null, decidedOn?: any | null, version: number, nomineeUnit?: { id: string, name: string, code: string } | null, nomineePerson?: { id: string, fullName: string, position?: string | null, unit: { id: string, name: string } } | null, nominatingUnit?: { id: string, name: string } | null } };

export type ReviewQueueQueryVariables = Exact<{
  roundId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewQueueQuery = { reviewQueue: { totalCount: number, nodes: Array<{ id: string, kind: NominationKind, status: NominationStatus, nomineeName: string, achievements: string, evidenceLinks: Array<string>, reviewCount: number, averageScore?: number | null, decisionNo?: string | null, decidedOn?: any | null, version: number, round: { id: string, title: string, criteria: Array<{ id: string, name: string, weight: number }> }, nomineeUnit?: { id: string, name: string, code: string } | null, nomineePerson?: { id: string, fullName: string, position?: string | null, unit: { id: string, name: string } } | null, nominatingUnit?: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type ReviewNominationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  score: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  criterionScores?: InputMaybe<Array<CriterionScoreInput> | CriterionScoreInput>;
}>;


export type ReviewNominationMutation = { reviewNomination: { id: string, kind: NominationKind, status: NominationStatus, nomineeName: string, achievements: string, evidenceLinks: Array<string>, reviewCount: number, averageScore?: number | null, decisionNo?: string | null, decidedOn?: any | null, version: number, nomineeUnit?: { id: string, name: string, code: string } | null, nomineePerson?: { id: string, fullName: string, position?: string | null, unit: { id: string, name: string } } | null, nominatingUnit?: { id: string, name: string } | null } };

export type RecuseFromNominationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RecuseFromNominationMutation = { recuseFromNomination: { id: string, kind: NominationKind, status: NominationStatus, nomineeName: string, achievements: string, evidenceLinks: Array<string>, reviewCount: number, averageScore?: number | null, decisionNo?: string | null, decidedOn?: any | null, version: number, nomineeUnit?: { id: string, name: string, code: string } | null, nomineePerson?: { id: string, fullName: string, position?: string | null, unit: { id: string, name: string } } | null, nominatingUnit?: { id: string, name: string } | null } };

export type RoundFieldsFragment = { id: string, title: string, occasion?: string | null, opensAt: any, closesAt: any, phase: RoundPhase, collectiveQuota?: number | null, individualQuota?: number | null, approvedCollectives: number, approvedIndividuals: number, organizerUnit?: { id: string, name: string } | null, criteria: Array<{ id: string, name: string, weight: number }> };

export type AwardRoundsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AwardRoundsQuery = { awardRounds: { totalCount: number, nodes: Array<{ id: string, title: string, occasion?: string | null, opensAt: any, closesAt: any, phase: RoundPhase, collectiveQuota?: number | null, individualQuota?: number | null, approvedCollectives: number, approvedIndividuals: number, organizerUnit?: { id: string, name: string } | null, criteria: Array<{ id: string, name: string, weight: number }> }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type AwardRoundQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AwardRoundQuery = { awardRound?: { id: string, title: string, occasion?: string | null, opensAt: any, closesAt: any, phase: RoundPhase, collectiveQuota?: number | null, individualQuota?: number | null, approvedCollectives: number, approvedIndividuals: number, organizerUnit?: { id: string, name: string } | null, criteria: Array<{ id: string, name: string, weight: number }> } | null };

export type CreateAwardRoundMutationVariables = Exact<{
  input: CreateAwardRoundInput;
}>;


export type CreateAwardRoundMutation = { createAwardRound: { id: string, title: string, occasion?: string | null, opensAt: any, closesAt: any, phase: RoundPhase, collectiveQuota?: number | null, individualQuota?: number | null, approvedCollectives: number, approvedIndividuals: number, organizerUnit?: { id: string, name: string } | null, criteria: Array<{ id: string, name: string, weight: number }> } };

export const NominationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeName"}},{"kind":"Field","name":{"kind":"Name","value":"achievements"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNo"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nomineePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominatingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NominationFieldsFragment, unknown>;
export const RoundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occasion"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveQuota"}},{"kind":"Field","name":{"kind":"Name","value":"individualQuota"}},{"kind":"Field","name":{"kind":"Name","value":"approvedCollectives"}},{"kind":"Field","name":{"kind":"Name","value":"approvedIndividuals"}},{"kind":"Field","name":{"kind":"Name","value":"organizerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]} as unknown as DocumentNode<RoundFieldsFragment, unknown>;
export const NominationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NominationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NominationKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NominationOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeName"}},{"kind":"Field","name":{"kind":"Name","value":"achievements"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNo"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nomineePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominatingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NominationsQuery, NominationsQueryVariables>;
export const HonoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Honours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"honours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occasion"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveQuota"}},{"kind":"Field","name":{"kind":"Name","value":"individualQuota"}},{"kind":"Field","name":{"kind":"Name","value":"approvedCollectives"}},{"kind":"Field","name":{"kind":"Name","value":"approvedIndividuals"}},{"kind":"Field","name":{"kind":"Name","value":"organizerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeName"}},{"kind":"Field","name":{"kind":"Name","value":"achievements"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNo"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nomineePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominatingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HonoursQuery, HonoursQueryVariables>;
export const CertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Certificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationFields"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeName"}},{"kind":"Field","name":{"kind":"Name","value":"achievements"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNo"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nomineePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominatingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occasion"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveQuota"}},{"kind":"Field","name":{"kind":"Name","value":"individualQuota"}},{"kind":"Field","name":{"kind":"Name","value":"approvedCollectives"}},{"kind":"Field","name":{"kind":"Name","value":"approvedIndividuals"}},{"kind":"Field","name":{"kind":"Name","value":"organizerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]} as unknown as DocumentNode<CertificateQuery, CertificateQueryVariables>;
export const NominateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Nominate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NominateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeName"}},{"kind":"Field","name":{"kind":"Name","value":"achievements"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNo"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nomineePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominatingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NominateMutation, NominateMutationVariables>;
export const SubmitNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeName"}},{"kind":"Field","name":{"kind":"Name","value":"achievements"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNo"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nomineePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominatingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SubmitNominationMutation, SubmitNominationMutationVariables>;
export const DecideNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approved"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionNo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decidedOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approved"}}},{"kind":"Argument","name":{"kind":"Name","value":"decisionNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionNo"}}},{"kind":"Argument","name":{"kind":"Name","value":"decidedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decidedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeName"}},{"kind":"Field","name":{"kind":"Name","value":"achievements"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNo"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nomineePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominatingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DecideNominationMutation, DecideNominationMutationVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationFields"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeName"}},{"kind":"Field","name":{"kind":"Name","value":"achievements"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNo"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nomineePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominatingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"score"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criterionScores"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionScoreInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"score"},"value":{"kind":"Variable","name":{"kind":"Name","value":"score"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}},{"kind":"Argument","name":{"kind":"Name","value":"criterionScores"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criterionScores"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeName"}},{"kind":"Field","name":{"kind":"Name","value":"achievements"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNo"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nomineePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominatingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReviewNominationMutation, ReviewNominationMutationVariables>;
export const RecuseFromNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecuseFromNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recuseFromNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeName"}},{"kind":"Field","name":{"kind":"Name","value":"achievements"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNo"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nomineePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominatingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecuseFromNominationMutation, RecuseFromNominationMutationVariables>;
export const AwardRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwardRounds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occasion"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveQuota"}},{"kind":"Field","name":{"kind":"Name","value":"individualQuota"}},{"kind":"Field","name":{"kind":"Name","value":"approvedCollectives"}},{"kind":"Field","name":{"kind":"Name","value":"approvedIndividuals"}},{"kind":"Field","name":{"kind":"Name","value":"organizerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]} as unknown as DocumentNode<AwardRoundsQuery, AwardRoundsQueryVariables>;
export const AwardRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwardRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occasion"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveQuota"}},{"kind":"Field","name":{"kind":"Name","value":"individualQuota"}},{"kind":"Field","name":{"kind":"Name","value":"approvedCollectives"}},{"kind":"Field","name":{"kind":"Name","value":"approvedIndividuals"}},{"kind":"Field","name":{"kind":"Name","value":"organizerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]} as unknown as DocumentNode<AwardRoundQuery, AwardRoundQueryVariables>;
export const CreateAwardRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAwardRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAwardRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAwardRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occasion"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveQuota"}},{"kind":"Field","name":{"kind":"Name","value":"individualQuota"}},{"kind":"Field","name":{"kind":"Name","value":"approvedCollectives"}},{"kind":"Field","name":{"kind":"Name","value":"approvedIndividuals"}},{"kind":"Field","name":{"kind":"Name","value":"organizerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]} as unknown as DocumentNode<CreateAwardRoundMutation, CreateAwardRoundMutationVariables>;