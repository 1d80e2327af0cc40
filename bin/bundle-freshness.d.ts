/** Types for bundle-freshness.js, which must stay JavaScript (it runs before tsx is loaded). */
export declare const bundleEntry: string;
export declare const bundleSources: { readonly folders: readonly string[]; readonly files: readonly string[] };
export declare function isBundleFresh(root: string): boolean;
