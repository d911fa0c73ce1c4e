import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { i18n } from '@dx/i18n';
import { apiErrors, catalogueKeys, describeError } from './errors';

const refusal = (code: string, message = 'server says', extra: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, ...extra } }] });

beforeAll(() => {
  i18n.addResourceBundle(
    'vi',
    'errors',
    { staleVersion: '{{what}} đã bị người khác sửa.', alreadyExists: 'Giá trị đã được dùng.' },
    true,
    true, // the test's own wording, over the real catalogue's, so it tests the mechanism
  );
  i18n.addResourceBundle('ar', 'errors', { alreadyExists: 'القيمة مستخدمة.' }, true, true);
  i18n.addResourceBundle('vi', 'training', { errors: { sessionFull: 'Buổi học đã đủ chỗ.' } }, true, false);
});

describe('describeError', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('translates the server message key with its params, record names included', async () => {
    await i18n.changeLanguage('vi');
    expect(
      describeError(
        refusal('CONFLICT', 'Task was changed', {
          messageKey: 'errors.staleVersion',
          params: { what: 'Task' },
        }),
      ),
    ).toBe('Nhiệm vụ đã bị người khác sửa.');
  });

  it('never calls a uniqueness refusal a stale edit (same code, different key)', async () => {
    await i18n.changeLanguage('ar');
    const duplicate = refusal('CONFLICT', 'A course with code X exists', {
      messageKey: 'errors.alreadyExists',
    });
    expect(describeError(duplicate)).toBe('القيمة مستخدمة.');
    await i18n.changeLanguage('vi');
    expect(describeError(duplicate)).toBe('Giá trị đã được dùng.');
    // Without a key (an older service) the generic CONFLICT text does not claim someone else edited.
    expect(describeError(refusal('CONFLICT'))).not.toMatch(/người khác/);
  });

  it("prefers a desk's wording of its own key", async () => {
    await i18n.changeLanguage('vi');
    expect(
      describeError(refusal('SESSION_FULL', 'Session full', { messageKey: 'errors.sessionFull' }), {
        namespace: 'training',
      }),
    ).toBe('Buổi học đã đủ chỗ.');
  });

  it('falls back to the generic text of the code in the reader language', async () => {
    await i18n.changeLanguage('vi');
    expect(describeError(refusal('FORBIDDEN', 'nope', { messageKey: 'errors.somethingUnknown' }))).toMatch(
      /không có quyền/,
    );
    expect(describeError(new TypeError('Failed to fetch'))).toMatch(/Không kết nối được/);
  });

  it("keeps the server's own message for domain codes it has no text for", () => {
    expect(describeError(refusal('OUT_OF_STOCK', 'Only 2 printers are left in stock.'))).toBe(
      'Only 2 printers are left in stock.',
    );
  });

  it('reads field, key and params of a BAD_USER_INPUT error', () => {
    const error = refusal('BAD_USER_INPUT', 'Name required', {
      field: 'name',
      messageKey: 'errors.badUserInput',
      params: { field: 'name' },
    });
    expect(apiErrors(error)).toEqual([
      {
        code: 'BAD_USER_INPUT',
        message: 'Name required',
        field: 'name',
        fields: undefined,
        messageKey: 'errors.badUserInput',
        params: { field: 'name' },
      },
    ]);
  });

  it('looks a key up in the desk namespace first, then errors', () => {
    expect(catalogueKeys('errors.full', 'training')).toEqual(['training:errors.full', 'errors:full']);
    expect(catalogueKeys('awards:errors.x', 'training')).toEqual(['awards:errors.x']);
  });
});
