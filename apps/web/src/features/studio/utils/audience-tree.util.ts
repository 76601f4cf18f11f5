export interface UnitNode {
  id: string;
  name: string;
  parentId: string | null;
}

export interface UnitTree {
  byId: Map<string, UnitNode>;
  children: Map<string | null, UnitNode[]>;
}

/** The flat, depth-first list from `orgUnits` as a tree; units whose parent is missing become roots. */
export function buildUnitTree(units: readonly UnitNode[]): UnitTree {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string | null, UnitNode[]>();
  for (const unit of units) {
    const parent = unit.parentId && byId.has(unit.parentId) ? unit.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(unit);
    children.set(parent, list);
  }
  return { byId, children };
}

export function ancestorsOf(tree: UnitTree, id: string): string[] {
  const result: string[] = [];
  let parent = tree.byId.get(id)?.parentId ?? null;
  while (parent && tree.byId.has(parent)) {
    result.push(parent);
    parent = tree.byId.get(parent)?.parentId ?? null;
  }
  return result;
}

function descendantsOf(tree: UnitTree, id: string): string[] {
  const result: string[] = [];
  const stack = [...(tree.children.get(id) ?? [])];
  while (stack.length) {
    const unit = stack.pop() as UnitNode;
    result.push(unit.id);
    stack.push(...(tree.children.get(unit.id) ?? []));
  }
  return result;
}

export type CheckState = 'true' | 'false' | 'mixed';

/**
 * A chosen unit includes its sub-units (that is how audiences reach people), so a unit is checked when
 * it or an ancestor is chosen, and mixed when only some of what lies under it is.
 */
export function checkState(tree: UnitTree, selected: ReadonlySet<string>, id: string): CheckState {
  if (selected.has(id) || ancestorsOf(tree, id).some((a) => selected.has(a))) return 'true';
  return descendantsOf(tree, id).some((d) => selected.has(d)) ? 'mixed' : 'false';
}

/** Toggles a unit and keeps the selection minimal: no unit together with one of its ancestors. */
export function toggleUnit(tree: UnitTree, selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  const state = checkState(tree, selected, id);
  if (state !== 'true') {
    for (const d of descendantsOf(tree, id)) next.delete(d);
    next.add(id);
    return next;
  }
  if (next.delete(id)) return next;
  // Chosen through an ancestor: replace that ancestor by everything under it except this unit's branch.
  const path = [id, ...ancestorsOf(tree, id)];
  const chosenAt = path.findIndex((p) => selected.has(p));
  next.delete(path[chosenAt]);
  for (let i = chosenAt; i > 0; i -= 1) {
    for (const sibling of tree.children.get(path[i]) ?? []) {
      if (sibling.id !== path[i - 1]) next.add(sibling.id);
    }
  }
  return next;
}
