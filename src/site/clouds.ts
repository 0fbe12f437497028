/** The cloud vocabulary, in the order bundles and manifests list clouds. */
export const CLOUDS = ['public', 'fairfax', 'mooncake', 'usnat', 'ussec', 'blackforest'] as const;
