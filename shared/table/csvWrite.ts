/**
 * One CSV cell: quoted when needed, and never readable as a spreadsheet formula (a cell
 * starting with = + - @ tab or carriage return gets a leading apostrophe, as OWASP advises).
 * Numbers are written as numbers; null as an empty cell.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}
