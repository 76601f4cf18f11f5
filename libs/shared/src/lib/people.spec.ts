import { isAdminRole, isEditorRole, Role } from './people';

describe('role checks', () => {
  it.each([
    [Role.EMPLOYEE, false, false],
    [Role.EDITOR, true, false],
    [Role.ADMIN, true, true],
  ])('%s: editor %p, administrator %p', (role, editor, admin) => {
    expect(isEditorRole(role)).toBe(editor);
    expect(isAdminRole(role)).toBe(admin);
    // The web's generated types spell roles as text; the checks agree on it.
    expect(isEditorRole(`${role}`)).toBe(editor);
    expect(isAdminRole(`${role}`)).toBe(admin);
  });
});
