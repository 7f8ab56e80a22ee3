/** Small immutable list edits shared by the setup tables. */
export const updateAt = <T>(list: T[], index: number, patch: Partial<T>): T[] => list.map((x, i) => (i === index ? { ...x, ...patch } : x));
export const removeAt = <T>(list: T[], index: number): T[] => list.filter((_, i) => i !== index);

export function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/** The first `${stem}${n}` not yet used, counting from the list's length + 1. */
export function freshId(list: { id: string }[], stem: string): string {
  let n = list.length + 1;
  while (list.some((x) => x.id === `${stem}${n}`)) n++;
  return `${stem}${n}`;
}
