/** JSON text from a user, parsed into a value or one clear sentence saying why it is not JSON. */
export type JsonText =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: { readonly zh: string; readonly en: string } };

export function parseJsonText(text: string): JsonText {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    return { ok: false, message: { zh: '输入为空，不是 JSON。', en: 'The input is empty, not JSON.' } };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const where = locate(body, error);
    return {
      ok: false,
      message: {
        zh: `输入不是有效的 JSON${where ? `（第 ${where.line} 行第 ${where.column} 列附近）` : ''}。`,
        en: `The input is not valid JSON${where ? ` (near line ${where.line}, column ${where.column})` : ''}.`,
      },
    };
  }
}

/** Node's JSON.parse names the offset as 「position N」 (or line and column in newer versions). */
function locate(text: string, error: unknown): { line: number; column: number } | undefined {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1])).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
