/** Where a local media file goes in the site: its path cleaned as pages' are (see pagePath), its extension kept. */
export function mediaPath(file: string): string {
  const parts = file.split('/').filter((p) => p && p !== '.' && p !== '..').map((p) => p.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^\.+/, '_'));
  if (parts[0] === 'articles' && parts.length > 1) parts.shift();
  return `articles/${parts.join('/')}`;
}
