import { codes, dialectUnderTest, ok, type TestStack } from '@dx/test-kit';
import { directoryLookups, startTasksStack } from './support';

let stack: TestStack;
let secretariat: string;
let member: string;
let admin: string;
let ids: Record<string, string>;

const ADD_MEMBER = `mutation ($c: ID!, $p: ID!, $r: String!, $resp: String, $d: ID) {
  addCommitteeMember(committeeId: $c, personId: $p, role: $r, responsibilities: $resp, appointedByDocumentId: $d) { members { role version person { fullName } appointedBy { number } } } }`;
const ADD_DOC = `mutation ($i: AddCommitteeDocumentInput!) { addCommitteeDocument(input: $i) { id status version number } }`;
const ISSUE = `mutation ($i: IssueCommitteeDocumentInput!) { issueCommitteeDocument(input: $i) { id status version number issuedOn url } }`;
const COMMENT = `mutation ($d: ID!, $b: String!) { commentOnDocument(documentId: $d, body: $b) { body byUsername by { fullName } } }`;

beforeAll(async () => {
  process.env.DX_TODAY = '2026-11-23';
  stack = await startTasksStack();
  [secretariat, member, admin] = await Promise.all(
    ['secretariat', 'member', 'admin'].map((u) => stack.login(u)),
  );
  const dir = directoryLookups(stack, secretariat);
  ids = {
    hn: await dir.unit('HN'),
    ln: await dir.unit('HN-LN'),
    tdp20: await dir.unit('HN-LN-TDP20'),
    khanh: await dir.person('Trần Quốc Khánh'),
    nhung: await dir.person('Lê Thị Hồng Nhung'),
    son: await dir.person('Vũ Ngọc Sơn'),
    duc: await dir.person('Phạm Minh Đức'),
    ha: await dir.person('Nguyễn Thu Hà'),
    vinh: await dir.person('Ngô Quang Vinh'),
  };
  ids.committee = ok(
    await stack.query<any>(
      'mutation ($u: ID!) { createCommittee(input: { name: "Ban Chỉ đạo phường Lĩnh Nam", unitId: $u }) { id } }',
      { u: ids.ln },
      secretariat,
    ),
  ).createCommittee.id;
});
afterAll(() => stack?.stop());

describe(`committee set-up, documents, programs and meetings (${dialectUnderTest})`, () => {
  test('members with roles; the support team is appointed by an issued decision; change and remove', async () => {
    const add = (p: string, r: string, d?: string) =>
      stack.query<any>(ADD_MEMBER, { c: ids.committee, p, r, resp: 'Phụ trách', d }, secretariat);
    ok(await add(ids.khanh, 'Trưởng ban'));
    ok(await add(ids.nhung, 'vice-chair'));
    ok(await add(ids.son, 'standing member'));
    ok(await add(ids.duc, 'SECRETARY'));
    const noDecision = await add(ids.ha, 'Tổ giúp việc');
    expect(noDecision.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'errors.supportTeamNeedsDecision',
    });
    const decision = ok(
      await stack.query<any>(
        ADD_DOC,
        {
          i: {
            committeeId: ids.committee,
            kind: 'DECISION',
            number: '05-QĐ/BCĐ',
            issuedOn: '2026-11-20',
            title: 'Quyết định thành lập Tổ giúp việc',
          },
        },
        secretariat,
      ),
    ).addCommitteeDocument;
    expect(decision).toMatchObject({ status: 'DRAFT', version: 1 });
    expect((await add(ids.ha, 'SUPPORT_TEAM', decision.id)).errors![0].extensions).toMatchObject({
      messageKey: 'errors.decisionNotIssued',
    });
    ok(
      await stack.query(
        ISSUE,
        { i: { id: decision.id, version: 1, url: 'https://linhnam.hanoi.gov.vn/05-qd-bcd.pdf' } },
        secretariat,
      ),
    );
    const members = ok(await add(ids.ha, 'SUPPORT_TEAM', decision.id)).addCommitteeMember.members;
    expect(members.map((m: any) => m.role)).toEqual([
      'CHAIR',
      'VICE_CHAIR',
      'STANDING_MEMBER',
      'SECRETARY',
      'SUPPORT_TEAM',
    ]);
    expect(members[4]).toMatchObject({
      person: { fullName: 'Nguyễn Thu Hà' },
      appointedBy: { number: '05-QĐ/BCĐ' },
    });
    const UPDATE =
      'mutation ($c: ID!, $p: ID!, $v: Int!, $r: String) { updateCommitteeMember(committeeId: $c, personId: $p, version: $v, role: $r) { members { role person { fullName } } } }';
    ok(await stack.query(UPDATE, { c: ids.committee, p: ids.son, v: 1, r: 'MEMBER' }, secretariat));
    expect(
      codes(await stack.query(UPDATE, { c: ids.committee, p: ids.son, v: 1, r: 'VICE_CHAIR' }, secretariat)),
    ).toEqual(['CONFLICT']);
    expect(
      codes(await stack.query(UPDATE, { c: ids.committee, p: ids.son, v: 2, r: 'CHAIR' }, member)),
    ).toEqual(['FORBIDDEN']);
    ok(await stack.query(ADD_MEMBER, { c: ids.committee, p: ids.vinh, r: 'MEMBER' }, secretariat));
    const removed = ok(
      await stack.query<any>(
        'mutation ($c: ID!, $p: ID!) { removeCommitteeMember(committeeId: $c, personId: $p) { members { person { fullName } } } }',
        { c: ids.committee, p: ids.vinh },
        secretariat,
      ),
    );
    expect(removed.removeCommitteeMember.members.map((m: any) => m.person.fullName)).not.toContain(
      'Ngô Quang Vinh',
    );
  });

  test('a draft goes to the members for comment; issued, it takes no more; a program needs an issued program document', async () => {
    const draft = ok(
      await stack.query<any>(
        ADD_DOC,
        {
          i: {
            committeeId: ids.committee,
            kind: 'WORK_PROGRAM',
            number: '01-CTr/BCĐ',
            issuedOn: '2025-02-10',
            title: 'Chương trình công tác năm 2025',
          },
        },
        secretariat,
      ),
    ).addCommitteeDocument;
    const early = await stack.query(
      `mutation ($c: ID!, $d: ID) { createWorkProgram(input: { committeeId: $c, year: 2025, title: "Chương trình 2025", documentId: $d }) { id } }`,
      { c: ids.committee, d: draft.id },
      secretariat,
    );
    expect(early.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'errors.programDocumentDraft',
    });
    // The year is refused outside 2000–2100 with a message the screen words (nothing is clamped).
    const farYear = await stack.query(
      `mutation ($c: ID!) { createWorkProgram(input: { committeeId: $c, year: 2205, title: "Chương trình" }) { id } }`,
      { c: ids.committee },
      secretariat,
    );
    expect(farYear.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'year',
      messageKey: 'errors.programYearRange',
      params: { year: 2205, min: 2000, max: 2100 },
    });
    const comment = ok(
      await stack.query<any>(COMMENT, { d: draft.id, b: 'Đề nghị bổ sung chỉ tiêu ký số' }, member),
    ).commentOnDocument;
    expect(comment).toMatchObject({ byUsername: 'member', by: { fullName: 'Vũ Ngọc Sơn' } });
    expect(
      (await stack.query(COMMENT, { d: draft.id, b: '  ' }, member)).errors![0].extensions,
    ).toMatchObject({ messageKey: 'errors.commentRequired' });
    const issued = await Promise.all(
      [1, 1].map(() =>
        stack.query<any>(
          ISSUE,
          { i: { id: draft.id, version: 1, number: '01-CTr/BCĐ', issuedOn: '2025-02-12' } },
          secretariat,
        ),
      ),
    );
    expect(issued.map((r) => (r.errors ? r.errors[0].extensions!.code : 'OK')).sort()).toEqual([
      'CONFLICT',
      'OK',
    ]);
    expect(
      (await stack.query(COMMENT, { d: draft.id, b: 'Muộn' }, member)).errors![0].extensions,
    ).toMatchObject({ messageKey: 'errors.commentOnIssued' });
    const program = ok(
      await stack.query<any>(
        `mutation ($c: ID!, $d: ID) { createWorkProgram(input: { committeeId: $c, year: 2025, title: "Chương trình công tác năm 2025", documentId: $d }) { id document { number status } } }`,
        { c: ids.committee, d: draft.id },
        secretariat,
      ),
    ).createWorkProgram;
    expect(program.document).toEqual({ number: '01-CTr/BCĐ', status: 'ISSUED' });
    const docs = ok(
      await stack.query<any>(
        'query ($id: ID!) { committee(id: $id) { documents { number issuedOn status comments { body } } } }',
        { id: ids.committee },
        member,
      ),
    ).committee.documents;
    expect(docs.find((d: any) => d.number === '01-CTr/BCĐ')).toEqual({
      number: '01-CTr/BCĐ',
      issuedOn: '2025-02-12',
      status: 'ISSUED',
      comments: [{ body: 'Đề nghị bổ sung chỉ tiêu ký số' }],
    });
    ids.program = program.id;
  });

  test('program items are tasks with a sector; progress rolls up from them, cancelled ones left out', async () => {
    const mk = async (title: string, sector: string) =>
      ok(
        await stack.query<any>(
          'mutation ($i: CreateTaskInput!) { createTask(input: $i) { id version sector workProgram { id } committee { id } } }',
          {
            i: {
              title,
              sector,
              workProgramId: ids.program,
              assigneeId: ids.son,
              unitId: ids.tdp20,
              dueDate: '2026-12-31',
              expectedResult: 'Kết quả',
              authority: 'Trưởng ban',
            },
          },
          secretariat,
        ),
      ).createTask;
    const a = await mk('Chính quyền số: họp không giấy', 'E_GOVERNMENT');
    const b = await mk('Kinh tế số: thanh toán không dùng tiền mặt', 'DIGITAL_ECONOMY');
    const c = await mk('Xã hội số: Bình dân học vụ số', 'DIGITAL_SOCIETY');
    expect(a).toMatchObject({
      sector: 'E_GOVERNMENT',
      workProgram: { id: ids.program },
      committee: { id: ids.committee },
    });
    ok(
      await stack.query(
        'mutation ($id: ID!) { completeTask(id: $id, version: 1, note: "Xong") { id } }',
        { id: a.id },
        secretariat,
      ),
    );
    ok(
      await stack.query(
        'mutation ($id: ID!) { reportTaskProgress(id: $id, progress: 50, note: "Nửa", version: 1) { id } }',
        { id: b.id },
        member,
      ),
    );
    ok(
      await stack.query(
        'mutation ($id: ID!) { cancelTask(id: $id, version: 1, reason: "Gộp vào nhiệm vụ khác") { id } }',
        { id: c.id },
        secretariat,
      ),
    );
    const program = ok(
      await stack.query<any>(
        'query ($id: ID!) { committee(id: $id) { workPrograms { year tasks { title sector status } rollup { tasks done overdue cancelled progress } } } }',
        { id: ids.committee },
        secretariat,
      ),
    ).committee.workPrograms[0];
    expect(program.rollup).toEqual({ tasks: 2, done: 1, overdue: 0, cancelled: 1, progress: 75 });
    expect(program.tasks.map((t: any) => t.sector)).toEqual([
      'E_GOVERNMENT',
      'DIGITAL_ECONOMY',
      'DIGITAL_SOCIETY',
    ]);
  });

  test('a meeting: chair and attendees from the members; a conclusion becomes a task in one step, only once', async () => {
    const RECORD = `mutation ($i: RecordMeetingInput!) { recordMeeting(input: $i) { id version chair { fullName } attendees { fullName } conclusions { id text task { id } } } }`;
    const base = {
      committeeId: ids.committee,
      heldOn: '2026-11-20',
      location: 'Hội trường UBND phường',
      chairPersonId: ids.khanh,
      agenda: 'Sơ kết 11 tháng; nhiệm vụ tháng 12',
    };
    const outsider = await stack.query(
      RECORD,
      { i: { ...base, attendeePersonIds: [ids.nhung, ids.vinh] } },
      secretariat,
    );
    expect(outsider.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'attendeePersonIds',
      messageKey: 'errors.attendeeNotMember',
    });
    const future = await stack.query(
      RECORD,
      { i: { ...base, heldOn: '2026-12-01', attendeePersonIds: [] } },
      secretariat,
    );
    expect(future.errors![0].extensions).toMatchObject({ messageKey: 'errors.meetingInFuture' });
    const meeting = ok(
      await stack.query<any>(
        RECORD,
        {
          i: {
            ...base,
            attendeePersonIds: [ids.nhung, ids.son, ids.duc],
            conclusions: [
              {
                text: 'Hoàn thành cấp tài khoản VNeID mức 2 cho tổ dân phố 20',
                assigneeId: ids.son,
                unitId: ids.tdp20,
                dueDate: '2026-12-15',
                expectedResult: '100% người dân đủ điều kiện có VNeID mức 2',
              },
            ],
          },
        },
        secretariat,
      ),
    ).recordMeeting;
    expect(meeting).toMatchObject({
      chair: { fullName: 'Trần Quốc Khánh' },
      attendees: [
        { fullName: 'Lê Thị Hồng Nhung' },
        { fullName: 'Vũ Ngọc Sơn' },
        { fullName: 'Phạm Minh Đức' },
      ],
    });
    const conclusion = meeting.conclusions[0];
    const CONVERT =
      'mutation ($c: ID!) { convertConclusionToTask(conclusionId: $c) { id title dueDate authority sourceDocument expectedResult committee { id } assignee { fullName } } }';
    const both = await Promise.all(
      [1, 2].map(() => stack.query<any>(CONVERT, { c: conclusion.id }, secretariat)),
    );
    expect(both.map((r) => (r.errors ? r.errors[0].extensions!.code : 'OK')).sort()).toEqual([
      'CONFLICT',
      'OK',
    ]);
    const task = both.find((r) => !r.errors)!.data.convertConclusionToTask;
    expect(task).toMatchObject({
      title: 'Hoàn thành cấp tài khoản VNeID mức 2 cho tổ dân phố 20',
      dueDate: '2026-12-15',
      authority: 'Chủ trì cuộc họp Ban Chỉ đạo',
      sourceDocument: 'Kết luận cuộc họp Ban Chỉ đạo ngày 20/11/2026',
      committee: { id: ids.committee },
      assignee: { fullName: 'Vũ Ngọc Sơn' },
    });
    const minutes = ok(
      await stack.query<any>(
        'query ($id: ID!) { meeting(id: $id) { conclusions { task { id } } } }',
        { id: meeting.id },
        member,
      ),
    ).meeting;
    expect(minutes.conclusions[0].task.id).toBe(task.id);
    const tasks = ok(
      await stack.query<any>(
        'query ($c: ID) { tasks(filter: { committeeId: $c, search: "VNeID" }) { totalCount } }',
        { c: ids.committee },
        secretariat,
      ),
    ).tasks;
    expect(tasks.totalCount).toBe(1);
    const bare = ok(
      await stack.query<any>(
        'mutation ($m: ID!, $v: Int!) { addMeetingConclusion(meetingId: $m, version: $v, input: { text: "Rà soát thiết bị" }) { id } }',
        { m: meeting.id, v: meeting.version },
        secretariat,
      ),
    ).addMeetingConclusion;
    const missing = await stack.query(CONVERT, { c: bare.id }, secretariat);
    expect(missing.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'errors.sixClear',
    });
    expect(
      codes(
        await stack.query(
          'mutation ($m: ID!) { addMeetingConclusion(meetingId: $m, version: 1, input: { text: "x" }) { id } }',
          { m: meeting.id },
          secretariat,
        ),
      ),
    ).toEqual(['CONFLICT']);
  });

  test('every mutation of the desk is audited', async () => {
    const log = ok(
      await stack.query<any>('{ tasksAuditLog(first: 100) { nodes { action } } }', {}, admin),
    ).tasksAuditLog.nodes.map((n: any) => n.action);
    for (const action of [
      'createCommittee',
      'addCommitteeMember',
      'updateCommitteeMember',
      'removeCommitteeMember',
      'addCommitteeDocument',
      'issueCommitteeDocument',
      'commentOnDocument',
      'createWorkProgram',
      'recordMeeting',
      'addMeetingConclusion',
      'convertConclusionToTask',
      'cancelTask',
    ]) {
      expect(log).toContain(action);
    }
  });
});
