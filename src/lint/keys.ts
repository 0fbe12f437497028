/** The summary keys under which a build keeps an article's metadata (small) and rendered body (large, read lazily from the cache). */
export const META_KEY = 'render';
export const RENDER_KEY = '$render';
