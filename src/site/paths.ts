import { createHash } from 'node:crypto';

/** Where an article's page goes: its path without `..` segments or odd characters, never outside the site. */
export function pagePath(file: string): string {
  const parts = file
    .replace(/\.md$/i, '')
    .split('/')
    .filter((p) => p && p !== '.' && p !== '..')
    .map(pageSegment);
  if (parts[0] === 'articles' && parts.length > 1) parts.shift();
  return `articles/${parts.join('/')}.html`;
}

/**
 * A name kept as it is when plain and short; otherwise cleaned, cut to 200 bytes and made unique by a hash of
 * the original name (issue 19: `ü.md` and `é.md` used to share `-.html`; a 252-byte name overflowed).
 */
function pageSegment(name: string): string {
  const clean = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^\.+/, '_');
  if (clean === name && clean.length <= 200) return clean;
  return `${clean.slice(0, 200)}-${createHash('sha1').update(name).digest('hex').slice(0, 8)}`;
}

/** Where a local media file goes in the site: its path cleaned as pages' are (see pagePath), its extension kept. */
export function mediaPath(file: string): string {
  const parts = file
    .split('/')
    .filter((p) => p && p !== '.' && p !== '..')
    .map((p) => p.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^\.+/, '_'));
  if (parts[0] === 'articles' && parts.length > 1) parts.shift();
  return `articles/${parts.join('/')}`;
}
