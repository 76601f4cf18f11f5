import { Role } from '@commons/shared';
import { AppError } from '../../common/errors/app-error';
import { canTransition, transition } from './utils/article-lifecycle.util';
import { ArticleStatus } from './article.enums';
import { ArticlesPolicy } from './articles.policy';

const employee = { id: 'e', role: Role.EMPLOYEE };
const editor = { id: 'ed', role: Role.EDITOR };
const admin = { id: 'ad', role: Role.ADMIN };
const article = (status: ArticleStatus, authorId = 'e') => ({ status, authorId });

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as AppError).extensions;
  }
  return undefined;
};

describe('ArticlesPolicy', () => {
  it('lets an employee edit only their own draft', () => {
    const p = ArticlesPolicy.for(employee);
    expect(p.canEdit(article(ArticleStatus.DRAFT))).toBe(true);
    for (const status of [
      ArticleStatus.IN_REVIEW,
      ArticleStatus.SCHEDULED,
      ArticleStatus.PUBLISHED,
      ArticleStatus.ARCHIVED,
    ]) {
      expect(p.canEdit(article(status))).toBe(false);
    }
    expect(p.canEdit(article(ArticleStatus.DRAFT, 'someone-else'))).toBe(false);
    expect(codeOf(() => p.assertCanEdit(article(ArticleStatus.PUBLISHED)))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('lets editors and admins edit, publish and see revisions of anything', () => {
    for (const actor of [editor, admin]) {
      const p = ArticlesPolicy.for(actor);
      expect(p.canEdit(article(ArticleStatus.PUBLISHED))).toBe(true);
      expect(p.canPublish()).toBe(true);
      expect(p.canSeeRevisions(article(ArticleStatus.DRAFT))).toBe(true);
      expect(() => p.assertMayChange(['mustRead', 'pinnedUntil'])).not.toThrow();
    }
  });

  it('refuses the editor-only fields to employees, naming the field', () => {
    const p = ArticlesPolicy.for(employee);
    expect(() => p.assertMayChange(['title', 'bodyHtml', 'audience'])).not.toThrow();
    for (const field of ['expireAt', 'reviewBy', 'pinnedUntil', 'mustRead', 'mustReadDue']) {
      expect(codeOf(() => p.assertMayChange(['title', field]))).toMatchObject({
        code: 'FORBIDDEN',
        field,
        reason: 'EDITOR_ONLY',
      });
    }
    expect(p.canPublish()).toBe(false);
    expect(p.canSeeRevisions(article(ArticleStatus.PUBLISHED, 'other'))).toBe(false);
    expect(p.canSeeRevisions(article(ArticleStatus.PUBLISHED))).toBe(true);
  });
});

describe('article lifecycle', () => {
  const { DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, ARCHIVED } = ArticleStatus;

  it('follows DRAFT → IN_REVIEW → SCHEDULED or PUBLISHED → ARCHIVED', () => {
    expect(transition(DRAFT, 'submit')).toBe(IN_REVIEW);
    expect(transition(IN_REVIEW, 'return')).toBe(DRAFT);
    expect(transition(IN_REVIEW, 'schedule')).toBe(SCHEDULED);
    expect(transition(SCHEDULED, 'publish')).toBe(PUBLISHED);
    expect(transition(PUBLISHED, 'archive')).toBe(ARCHIVED);
    expect(transition(SCHEDULED, 'tickPublish')).toBe(PUBLISHED);
    expect(transition(PUBLISHED, 'tickExpire')).toBe(ARCHIVED);
  });

  it('refuses everything else with INVALID_TRANSITION', () => {
    const illegal: [ArticleStatus, Parameters<typeof transition>[1]][] = [
      [IN_REVIEW, 'submit'],
      [PUBLISHED, 'submit'],
      [DRAFT, 'return'],
      [PUBLISHED, 'publish'],
      [ARCHIVED, 'publish'],
      [ARCHIVED, 'archive'],
      [DRAFT, 'archive'],
      [PUBLISHED, 'schedule'],
      [DRAFT, 'tickPublish'],
      [SCHEDULED, 'tickExpire'],
    ];
    for (const [from, step] of illegal) {
      expect(canTransition(from, step)).toBe(false);
      expect(codeOf(() => transition(from, step))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_TRANSITION',
      });
    }
  });
});
