/**
 * Lists the differences in shape between two catalogs: keys present in one only, values of
 * different types, empty strings and arrays of different lengths. Used by the catalog tests so
 * that a missing translation fails a test, not only the type check.
 */
export function findCatalogMismatches(en: unknown, ko: unknown, path = ''): string[] {
  if (typeof en === 'string' || typeof ko === 'string') {
    if (typeof en !== 'string' || typeof ko !== 'string') return [`${path}: type differs`];
    const empty: string[] = [];
    if (en.trim() === '') empty.push(`${path}: empty in en`);
    if (ko.trim() === '') empty.push(`${path}: empty in ko`);
    return empty.concat(placeholderMismatch(en, ko, path));
  }

  if (Array.isArray(en) || Array.isArray(ko)) {
    if (!Array.isArray(en) || !Array.isArray(ko)) return [`${path}: array in one language only`];
    if (en.length !== ko.length) return [`${path}: ${en.length} items in en, ${ko.length} in ko`];
    return en.flatMap((item, index) => findCatalogMismatches(item, ko[index], `${path}[${index}]`));
  }

  if (isRecord(en) && isRecord(ko)) {
    const keys = new Set([...Object.keys(en), ...Object.keys(ko)]);
    return [...keys].flatMap((key) => {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (!(key in en)) return [`${childPath}: missing in en`];
      if (!(key in ko)) return [`${childPath}: missing in ko`];
      return findCatalogMismatches(en[key], ko[key], childPath);
    });
  }

  return typeof en === typeof ko ? [] : [`${path}: type differs`];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function placeholderMismatch(en: string, ko: string, path: string): string[] {
  const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort().join(',');
  return names(en) === names(ko) ? [] : [`${path}: placeholders differ ({${names(en)}} vs {${names(ko)}})`];
}
