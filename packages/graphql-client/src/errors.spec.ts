import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { i18n } from '@dx/i18n';
import { apiErrors, describeError } from './errors';

const withCode = (code: string, message = 'server says') =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });

describe('describeError', () => {
  beforeAll(() => i18n.changeLanguage('vi'));
  afterAll(() => i18n.changeLanguage('en'));

  it('maps extensions.code to a message in the current language', () => {
    expect(describeError(withCode('CONFLICT'))).toMatch(/đã được người khác thay đổi/);
    expect(describeError(withCode('FORBIDDEN'))).toMatch(/không có quyền/);
    expect(describeError(new TypeError('Failed to fetch'))).toMatch(/Không kết nối được/);
  });

  it("keeps the server's own message for domain codes it has no text for", () => {
    expect(describeError(withCode('OUT_OF_STOCK', 'Only 2 printers are left in stock.'))).toBe('Only 2 printers are left in stock.');
  });

  it('reads the field of a BAD_USER_INPUT error', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'Name required', extensions: { code: 'BAD_USER_INPUT', field: 'name' } }] });
    expect(apiErrors(error)).toEqual([{ code: 'BAD_USER_INPUT', message: 'Name required', field: 'name', fields: undefined }]);
  });
});
